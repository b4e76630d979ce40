#!/usr/bin/env bash
# The README's Benchmarks table in one command: whole processes, timed as users run them, recap
# beside its peers on the same text, in one run on one machine.
#   recap      packed and installed as users get it (`dotnet pack` + `dotnet tool install`: the
#              native linux-x64 binary); RECAP=path/to/recap times another build instead.
#   corpora    20, 200 and 2,000 generated talks (about 1,500 words each) and GopherFest (content/).
#   peers      the same text (`… Recap.Benchmarks -- peers`): pandoc → xelatex and Typst 0.14 (npm
#              @myriaddreamin/typst-ts-node-compiler 0.7.0) on 200 talks, pandoc → WeasyPrint on
#              GopherFest. PEERS=0 skips them.
# Installs what it needs when missing (clang and zlib1g-dev for the native binary, time, pandoc,
# texlive-xetex with lmodern and texlive-fonts-recommended, weasyprint, nodejs, npm; the npm package into tests/Recap.Benchmarks/typst/node_modules).
# Prints a Markdown table: the median wall time of RUNS runs (PEER_RUNS for the peers, which take
# minutes), taken round the cases in turn, their median CPU time (user + sys: steadier than wall time on
# a busy machine), the peak resident memory of the largest process, and each output's size; then how the
# cost grows with talks.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-5}
peer_runs=${PEER_RUNS:-3}
peers=${PEERS:-1}
work=${WORK:-artifacts/benchmark}
mkdir -p "$work"
work=$(cd "$work" && pwd)

need=()
command -v clang >/dev/null 2>&1 || need+=(clang)
[ -f /usr/include/zlib.h ] || need+=(zlib1g-dev)
[ -x /usr/bin/time ] || need+=(time)
if ((peers)); then
  command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
  command -v xelatex >/dev/null 2>&1 || need+=(texlive-xetex)
  # pandoc's LaTeX template loads lmodern, and xelatex's hyperref the ZapfDingbats metrics: recommended, not required, by texlive-xetex.
  [ -f /usr/share/texmf/tex/latex/lm/lmodern.sty ] || need+=(lmodern)
  [ -f /usr/share/texlive/texmf-dist/fonts/tfm/adobe/zapfding/pzdr.tfm ] || need+=(texlive-fonts-recommended)
  command -v weasyprint >/dev/null 2>&1 || need+=(weasyprint)
  command -v node >/dev/null 2>&1 || need+=(nodejs)
  command -v npm >/dev/null 2>&1 || need+=(npm)
fi
if ((${#need[@]})); then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  echo "process.sh: installing ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if ((peers)) && [ ! -d tests/Recap.Benchmarks/typst/node_modules/@myriaddreamin/typst-ts-node-compiler ]; then
  (cd tests/Recap.Benchmarks/typst && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi

recap=${RECAP:-}
if [ -z "$recap" ]; then
  # The tool as `dotnet tool install` gives it, from the package just made and no other source.
  rm -rf "$work/packages" "$work/tool"
  dotnet pack src/Recap.Cli -c Release -o "$work/packages" >/dev/null
  cat >"$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="local" value="$work/packages" /></packageSources></configuration>
EOF
  dotnet tool install Recap --tool-path "$work/tool" --configfile "$work/nuget.config" >/dev/null
  recap="$work/tool/recap"
fi

bench() { dotnet run -c Release --project tests/Recap.Benchmarks -- "$@"; }
for n in 20 200 2000; do
  [ -f "$work/corpus$n/book.yml" ] || bench generate "$n" "$work/corpus$n"
done
if ((peers)); then
  bench peers "$work/corpus200" "$work/peers200"
  bench peers content "$work/peers-gopherfest"
fi

# The cases, in the table's order: case_ NAME OUTPUTS RUNS COMMAND…; the command kept as its words joined by a
# unit separator, so each run is the command itself, timed alone (no shell around it).
names=(); outputs=(); counts=(); commands=()
case_() { names+=("$1"); outputs+=("$2"); counts+=("$3"); commands+=("$(printf '%s\x1f' "${@:4}")"); }
command_of() { IFS=$'\x1f' read -r -a command <<<"${commands[$1]}"; }

export SOURCE_DATE_EPOCH=1467331200
gf=gopherfest-summer-2016-recap
case_ "GopherFest, PDF + EPUB" "$work/out-gf/$gf.pdf $work/out-gf/$gf.epub" "$runs" "$recap" build content -o "$work/out-gf" -q
case_ "GopherFest, PDF" "$work/out-gf-pdf/$gf.pdf" "$runs" "$recap" build content -o "$work/out-gf-pdf" -q -f pdf
case_ "GopherFest, EPUB" "$work/out-gf-epub/$gf.epub" "$runs" "$recap" build content -o "$work/out-gf-epub" -q -f epub
case_ "GopherFest, check" "" "$runs" "$recap" check content -q
if ((peers)); then
  case_ "GopherFest, pandoc → WeasyPrint" "$work/weasyprint-gopherfest.pdf" "$peer_runs" \
    pandoc "$work/peers-gopherfest/peers.md" --resource-path=content --metadata title=GopherFest \
    --pdf-engine=weasyprint -o "$work/weasyprint-gopherfest.pdf"
fi
for n in 20 200 2000; do
  case_ "$n talks, PDF + EPUB" "$work/out$n/generated-recap-$n.pdf $work/out$n/generated-recap-$n.epub" "$runs" \
    "$recap" build "$work/corpus$n" -o "$work/out$n" -q
done
case_ "200 talks, EPUB" "$work/out200-epub/generated-recap-200.epub" "$runs" "$recap" build "$work/corpus200" -o "$work/out200-epub" -q -f epub
if ((peers)); then
  case_ "200 talks, Typst 0.14 (PDF)" "$work/typst200.pdf" "$peer_runs" \
    node tests/Recap.Benchmarks/typst/compile.js "$work/peers200/peers.typ" "$work/typst200.pdf"
  case_ "200 talks, pandoc → xelatex (PDF)" "$work/xelatex200.pdf" "$peer_runs" \
    pandoc "$work/peers200/peers.md" --pdf-engine=xelatex -V papersize=a5 \
    -V geometry:inner=15mm,outer=20mm,top=16mm,bottom=22mm -V fontsize=10pt -o "$work/xelatex200.pdf"
fi

# A first run of each warms the file cache; a case that fails gets a row with its message and is not timed.
failed=()
for i in "${!names[@]}"; do
  failed[i]=""
  command_of "$i"
  if ! "${command[@]}" >/dev/null 2>"$work/error.txt"; then failed[i]=$(grep -m1 . "$work/error.txt" | cut -c1-160); fi
done

# The timed runs go round the cases, so that every case, recap's and its peers', samples the same stretch of time:
# this virtual machine's speed drifts by a third over minutes, and recap's runs made in a burst before the peers'
# minutes-long ones compared two different machines. A case with fewer runs than there are rounds has them spread
# over the rounds (2 of 5: the third and the fifth).
declare -a samples peaks
rounds=$((runs > peer_runs ? runs : peer_runs))
for round in $(seq "$rounds"); do
  for i in "${!names[@]}"; do
    ((round * counts[i] / rounds > (round - 1) * counts[i] / rounds)) && [ -z "${failed[i]}" ] || continue
    command_of "$i"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "${command[@]}" >/dev/null 2>&1
    read -r wall user sys kb <"$work/time.txt"
    samples[i]+="$wall $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }');"
    ((kb > ${peaks[i]:-0})) && peaks[i]=$kb
  done
done

# One row a case (and NAME's median seconds in $work/NAME.s).
echo "| case | wall, median (min–max) | CPU (user+sys) | peak memory | output |"
echo "| --- | --- | --- | --- | --- |"
for i in "${!names[@]}"; do
  what=${names[i]}
  if [ -n "${failed[i]}" ]; then
    printf '| %s | failed: %s | | | |\n' "$what" "${failed[i]}"
    rm -f "$work/$what.s"
    continue
  fi
  size="–"
  # Each output's size (named by its kind when a case writes more than one): every case writes a folder of its own,
  # so what is measured is what that case wrote, not what a case run after it left in a shared one.
  [ -n "${outputs[i]}" ] && size=$(stat -c '%n %s' ${outputs[i]} | awk '{
      n = split($1, part, "."); kind = toupper(part[n]); kb = $2 / 1024
      one = kb < 1024 ? sprintf("%.1f KB", kb) : sprintf("%.1f MB", kb / 1024)
      list = list (NR > 1 ? ", " : "") kind " " one; only = one
    } END { print (NR > 1 ? list : only) }')
  # Medians of wall and CPU time, each sorted on its own (mawk has no asort); of an even count, the middle two's mean.
  walls=$(tr ';' '\n' <<<"${samples[i]}" | awk 'NF { print $1 }' | sort -n | tr '\n' ' ')
  cpus=$(tr ';' '\n' <<<"${samples[i]}" | awk 'NF { print $2 }' | sort -n | tr '\n' ' ')
  awk -v what="$what" -v peak="${peaks[i]}" -v size="$size" -v walls="$walls" -v cpus="$cpus" -v file="$work/$what.s" 'BEGIN {
      n = split(walls, wall, " "); split(cpus, cpu, " "); m = int((n + 1) / 2); k = int(n / 2) + 1
      w = (wall[m] + wall[k]) / 2; c = (cpu[m] + cpu[k]) / 2
      printf "| %s | %.2f s (%.2f–%.2f) | %.2f s | %d MB | %s |\n", what, w, wall[1], wall[n], c, peak / 1024, size
      print w > file
    }'
done

# How the cost grows: wall time per talk at each size (flat means linear).
echo
for n in 20 200 2000; do
  if [ -f "$work/$n talks, PDF + EPUB.s" ]; then awk -v n="$n" '{ printf "%d talks: %.2f ms a talk\n", n, $1 * 1000 / n }' "$work/$n talks, PDF + EPUB.s"; fi
done
if ((peers)); then
  awk 'FNR == 1 { t[FILENAME] = $1 } END {
         for (f in t) { if (f ~ /200 talks, PDF \+ EPUB/) r = t[f]; if (f ~ /Typst/) ty = t[f]; if (f ~ /xelatex/) x = t[f];
                        if (f ~ /GopherFest, PDF \+ EPUB/) g = t[f]; if (f ~ /WeasyPrint/) w = t[f] }
         printf "200 talks: %.1f× faster than pandoc → xelatex, %.1f× faster than Typst; GopherFest: %.1f× faster than pandoc → WeasyPrint\n", x / r, ty / r, w / g
       }' "$work"/*.s
fi
