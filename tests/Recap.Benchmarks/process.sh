#!/usr/bin/env bash
# The whole `recap build` process, timed as a user runs it: publishes the ahead-of-time
# compiled binary (NativeAOT; installs clang from Debian when missing), generates corpora of
# 20 and 200 talks, and reports the median wall time and the peak memory of RUNS runs of each.
# Issue 4's targets: GopherFest ≤ 0.25 s; 200 talks (PDF + EPUB) ≤ 2.0 s and ≤ 300 MB.
#   tests/Recap.Benchmarks/process.sh            # AOT binary
#   RECAP=path/to/recap tests/Recap.Benchmarks/process.sh   # time another build of recap
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-5}
work=${WORK:-artifacts/benchmark}
mkdir -p "$work"

need=()
command -v clang >/dev/null 2>&1 || need+=(clang)
[ -x /usr/bin/time ] || need+=(time)
if ((${#need[@]})); then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

recap=${RECAP:-}
if [ -z "$recap" ]; then
  dotnet publish src/Recap.Cli -c Release -p:PublishAot=true -o "$work/recap" >/dev/null
  recap="$work/recap/recap"
fi

for n in 20 200; do
  [ -f "$work/corpus$n/book.yml" ] || dotnet run -c Release --project tests/Recap.Benchmarks -- generate "$n" "$work/corpus$n"
done

# Prints: <what>  median <s> s  (min … max)  peak <MB> MB
measure() {
  local what=$1; shift
  "$@" >/dev/null 2>&1 # warm the file cache
  local times=() peak=0
  for _ in $(seq "$runs"); do
    local line
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>&1
    line=$(tail -1 "$work/time.txt")
    times+=("${line% *}")
    local kb=${line#* }
    ((kb > peak)) && peak=$kb
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v what="$what" -v peak="$peak" -v n="$runs" '
    { t[NR] = $1 } END { printf "%-34s median %.2f s  (%.2f … %.2f)  peak %d MB\n", what, t[int((n + 1) / 2)], t[1], t[n], peak / 1024 }'
}

export SOURCE_DATE_EPOCH=1467331200
measure "GopherFest, PDF + EPUB" "$recap" build content -o "$work/out-gf" -q
measure "GopherFest, EPUB" "$recap" build content -o "$work/out-gf" -q -f epub
measure "GopherFest, check" "$recap" check content -q
measure "20 talks, PDF + EPUB" "$recap" build "$work/corpus20" -o "$work/out20" -q
measure "200 talks, PDF + EPUB" "$recap" build "$work/corpus200" -o "$work/out200" -q
measure "200 talks, EPUB" "$recap" build "$work/corpus200" -o "$work/out200" -q -f epub
