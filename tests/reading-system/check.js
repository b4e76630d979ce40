#!/usr/bin/env node
// Renders EPUBs in a real reading system — epub.js 0.3.93, paginated, in Debian's Chromium driven by
// puppeteer-core — and reports what a reader would see go wrong: a box past its column (its tail on
// the next page, or clipped), a picture taller than the page, text under WCAG's 4.5:1 contrast.
//
//   node check.js BOOK.epub...        prints one JSON report on stdout; exit 0 when it could render
//
// Every chapter of every book is rendered at each viewport × type size × theme, in one browser.
// The themes are what reading systems do: "day" sets the page's text and background on the body;
// "night" does the same with light text on a dark page and also imposes the reader's own face.
"use strict";

const http = require("http");
const fs = require("fs");
const path = require("path");
const puppeteer = require("puppeteer-core");

const viewports = [
  { name: "phone", width: 390, height: 844 },
  { name: "tablet", width: 768, height: 1024 },
];
const sizes = [100, 150, 200];
const themes = {
  day: { page: "#ffffff", rules: { body: { color: "#000000 !important", background: "#ffffff !important" } } },
  night: {
    page: "#111111",
    rules: { body: { color: "#e6e6e6 !important", background: "#111111 !important" } },
    font: '"DejaVu Serif", Georgia, serif',
  },
};

const books = process.argv.slice(2);
if (books.length === 0) {
  console.error("usage: node check.js BOOK.epub...");
  process.exit(2);
}

const modules = path.join(__dirname, "node_modules");
const files = {
  "/epub.js": path.join(modules, "epubjs", "dist", "epub.min.js"),
  "/jszip.js": path.join(modules, "jszip", "dist", "jszip.min.js"),
};
books.forEach((book, i) => (files[`/book-${i}.epub`] = path.resolve(book)));

const page = `<!DOCTYPE html><html><head><meta charset="utf-8">
<style>html, body { margin: 0; padding: 0; overflow: hidden; } #viewer { overflow: hidden; }</style>
<script src="/jszip.js"></script><script src="/epub.js"></script></head><body><div id="viewer"></div></body></html>`;

const server = http.createServer((request, response) => {
  const url = request.url.split("?")[0];
  if (url === "/") {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(page);
    return;
  }

  const file = files[url];
  if (!file) {
    response.writeHead(404);
    response.end();
    return;
  }

  response.writeHead(200, { "Content-Type": url.endsWith(".js") ? "text/javascript" : "application/epub+zip" });
  fs.createReadStream(file).pipe(response);
});

// Runs in the page: renders one book at one setting, chapter by chapter, and measures each chapter.
async function renderCase(setting) {
  const tolerance = 1;
  const parse = (css) => {
    const m = css.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,/]+/).filter((x) => x.length).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const over = (top, under) => ({
    r: top.r * top.a + under.r * (1 - top.a),
    g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a),
    a: 1,
  });
  const luminance = (c) => {
    const lin = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
    return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
  };
  const ratio = (a, b) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  const hex = (c) => "#" + [c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  const viewer = document.getElementById("viewer");
  viewer.innerHTML = "";
  viewer.style.width = setting.width + "px";
  viewer.style.height = setting.height + "px";
  document.body.style.background = setting.theme.page;

  const book = ePub(setting.url);
  await book.ready;
  const rendition = book.renderTo(viewer, {
    width: setting.width,
    height: setting.height,
    flow: "paginated",
    spread: "none",
  });
  rendition.themes.register(setting.themeName, setting.theme.rules);
  rendition.themes.select(setting.themeName);
  rendition.themes.fontSize(setting.size + "%");
  if (setting.theme.font) rendition.themes.font(setting.theme.font);

  const problems = [];
  const chapters = [];
  for (const item of book.spine.spineItems) {
    await rendition.display(item.href);
    const contents = rendition.getContents()[0];
    const doc = contents.document;
    const win = contents.window;
    await doc.fonts.ready;
    await Promise.all([...doc.images].map((img) => (img.complete ? null : new Promise((r) => (img.onload = img.onerror = r)))));
    await frame();
    await frame();

    // epub.js sets the columns, their gap and the page's padding on the body.
    const html = doc.body;
    const style = win.getComputedStyle(html);
    if (!(parseFloat(style.columnWidth) > 0)) {
      problems.push({ kind: "not-paginated", chapter: item.href, detail: `column-width ${style.columnWidth}` });
      continue;
    }
    const left = parseFloat(style.paddingLeft);
    const top = parseFloat(style.paddingTop);
    // column-width is only the ideal: the used width is the body's content box (one column a page).
    const columnWidth = Math.min(parseFloat(style.columnWidth), html.clientWidth - left - parseFloat(style.paddingRight));
    const gap = parseFloat(style.columnGap);
    const delta = columnWidth + gap;
    const columnHeight = html.clientHeight - top - parseFloat(style.paddingBottom);
    const where = (el) => {
      const id = el.closest("[id]");
      const text = (el.textContent || el.getAttribute("alt") || "").replace(/\s+/g, " ").trim().slice(0, 60);
      return `${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ")[0] : ""}${id ? " in #" + id.id : ""} "${text}"`;
    };
    // One problem per element and kind in a chapter: its text and its box say the same thing.
    const seen = new Set();
    const report = (kind, el, detail) => {
      const at = where(el);
      if (seen.has(kind + at)) return;
      seen.add(kind + at);
      problems.push({ kind, chapter: item.href, at, detail });
    };

    // A rectangle must lie inside the column its left edge starts in, and inside the page's height.
    const checkRect = (rect, el, what) => {
      if (rect.width < 0.5 || rect.height < 0.5) return;
      const x = rect.left + win.scrollX;
      const column = Math.max(0, Math.floor((x - left + gap / 2) / delta));
      const start = left + column * delta;
      const past = x + rect.width - (start + columnWidth);
      const before = start - x;
      if (past > tolerance) report("past-column", el, `${what} ends ${past.toFixed(1)}px past column ${column + 1}`);
      else if (before > tolerance) report("past-column", el, `${what} starts ${before.toFixed(1)}px before column ${column + 1}`);
      const below = rect.bottom + win.scrollY - (top + columnHeight);
      if (below > tolerance) report("past-column", el, `${what} ends ${below.toFixed(1)}px below the page`);
    };

    const hidden = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const s = win.getComputedStyle(e);
        if (s.display === "none" || s.visibility === "hidden" || s.clip !== "auto" || s.clipPath !== "none") return true;
      }
      return false;
    };

    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) {
        const c = parse(win.getComputedStyle(e).backgroundColor);
        if (c && c.a > 0) layers.push(c);
      }
      let bg = parse(getComputedStyle(document.body).backgroundColor);
      for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
      return bg;
    };

    let texts = 0;
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.nodeValue.trim()) continue;
      const el = node.parentElement;
      if (hidden(el)) continue;
      texts++;
      const range = doc.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) checkRect(rect, el, "text");

      const s = win.getComputedStyle(el);
      const bg = background(el);
      const fg = over(parse(s.color), bg);
      const contrast = ratio(fg, bg);
      if (contrast < 4.5) report("contrast", el, `${hex(fg)} on ${hex(bg)}: ${contrast.toFixed(2)}:1`);
    }

    for (const el of doc.body.querySelectorAll("*")) {
      if (hidden(el)) continue;
      for (const rect of el.getClientRects()) checkRect(rect, el, "box");
      if (el.tagName.toLowerCase() === "img" || el.tagName.toLowerCase() === "svg") {
        const rect = el.getBoundingClientRect();
        if (rect.height > columnHeight + tolerance)
          report("picture-too-tall", el, `${rect.height.toFixed(0)}px tall on a ${columnHeight.toFixed(0)}px page`);
      }
    }

    chapters.push({ href: item.href, pages: Math.round(doc.documentElement.scrollWidth / delta), texts });
  }

  rendition.destroy();
  book.destroy();
  return { problems, chapters };
}

async function main() {
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--font-render-hinting=none"],
  });
  const report = { cases: 0, chapters: 0, problems: [], rendered: [] };
  try {
    const tab = await browser.newPage();
    tab.on("pageerror", (error) => report.problems.push({ kind: "script-error", detail: String(error) }));
    await tab.goto(origin + "/");
    for (let b = 0; b < books.length; b++) {
      for (const viewport of viewports) {
        await tab.setViewport({ width: viewport.width, height: viewport.height, deviceScaleFactor: 1 });
        for (const size of sizes) {
          for (const [themeName, theme] of Object.entries(themes)) {
            const setting = { url: `${origin}/book-${b}.epub`, width: viewport.width, height: viewport.height, size, themeName, theme };
            const result = await tab.evaluate(renderCase, setting);
            report.cases++;
            report.chapters += result.chapters.length;
            const label = `${path.basename(books[b])} ${viewport.name} ${viewport.width}x${viewport.height} ${size}% ${themeName}`;
            for (const problem of result.problems) report.problems.push({ setting: label, ...problem });
            report.rendered.push({ setting: label, chapters: result.chapters });
          }
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  process.stdout.write(JSON.stringify(report, null, 1) + "\n");
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : String(error));
  server.close();
  process.exit(1);
});
