// Typst 0.14 as a peer (process.sh): compiles TYP to PDF with the typst-ts node compiler, the way
// `typst compile` would, with the Go fonts recap's default theme uses. Usage: node compile.js TYP PDF
const fs = require("node:fs");
const path = require("node:path");
const { NodeCompiler } = require("@myriaddreamin/typst-ts-node-compiler");

const [typ, pdf] = process.argv.slice(2);
const compiler = NodeCompiler.create({
  workspace: path.dirname(path.resolve(typ)),
  fontArgs: [{ fontPaths: [path.resolve(__dirname, "../../../styles/default/fonts")] }],
});
fs.writeFileSync(pdf, compiler.pdf({ mainFilePath: path.resolve(typ) }));
