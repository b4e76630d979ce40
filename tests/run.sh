#!/usr/bin/env bash
# Runs the tests of GopherFest.sln, in one of two tiers:
#   tests/run.sh          every test, with the real-output checks. First installs, from Debian's
#                         packages, the checkers the tests read real output with (epubcheck with a
#                         Java runtime, poppler-utils, qpdf, calibre's ebook-convert, Chromium and
#                         Node for the epub.js reading system) and the fallback face the PDF tests
#                         draw with (fonts-dejavu-core) and a CJK face the system-font tests find
#                         through fontconfig (fonts-wqy-microhei) when missing; then the reading system's npm
#                         packages (tests/reading-system/package.json: epubjs, jszip, puppeteer-core
#                         and DAISY's Ace; with --ignore-scripts, so neither puppeteer nor Ace's
#                         Electron downloads a browser: Debian's is used), in the background while
#                         the solution builds; and checks formatting (the build checks style too).
#   tests/run.sh --fast   unit, property and snapshot tests only: no external process, no whole
#                         booklet (tests without the trait Tier=Full; see tests/Recap.Testing/Tier.cs).
# --accept writes the snapshots the tests make (tests/*/Snapshots/*.txt) instead of comparing:
# review them with `git diff` before committing. Other arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."

fast=0
filter=""
args=()
while (($#)); do
  case "$1" in
    --fast) fast=1 ;;
    --accept) export RECAP_ACCEPT=1 ;;
    --filter) filter="$2"; shift ;;
    *) args+=("$1") ;;
  esac
  shift
done
if ((fast)); then
  filter="${filter:+($filter)&}Tier!=Full"
  export RECAP_TEST_TIER=fast # tests/Recap.Testing/Tier.cs: a checker started in this tier fails its test
fi
if [ -n "$filter" ]; then
  args+=(--filter "$filter")
fi

need=()
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
[ -f /usr/share/java/epubcheck.jar ] || need+=(epubcheck)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# A small CJK face (5 MB) the machine's-font fallback finds through fontconfig, for the Japanese/Chinese tests.
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
[ -e /usr/lib/x86_64-linux-gnu/libfontconfig.so.1 ] || need+=(libfontconfig1)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v ebook-convert >/dev/null 2>&1 || need+=(calibre)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
# The tool package test packs recap ahead of time (Native AOT): it links with clang against zlib.
command -v clang >/dev/null 2>&1 || need+=(clang)
[ -f /usr/include/zlib.h ] || need+=(zlib1g-dev)
if ((${#need[@]})) && ((!fast)); then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  echo "tests/run.sh: installing ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The reading system's packages, into tests/reading-system/node_modules (git-ignored); Chromium is Debian's.
# They download while the solution builds: only the tests that run them wait, at `wait` below.
log=$(mktemp)
npm_log=$(mktemp)
npm_pid=""
trap 'rm -f "$log" "$npm_log"' EXIT
if ((!fast)) && { [ ! -d tests/reading-system/node_modules/epubjs ] || [ ! -d tests/reading-system/node_modules/puppeteer-core ] \
   || [ ! -d tests/reading-system/node_modules/jszip ] || [ ! -x tests/reading-system/node_modules/.bin/ace-cli ]; }; then
  echo "tests/run.sh: installing tests/reading-system's npm packages"
  (cd tests/reading-system && PUPPETEER_SKIP_DOWNLOAD=1 npm install --ignore-scripts --no-audit --no-fund --loglevel=error >"$npm_log" 2>&1) &
  npm_pid=$!
fi

# Formatting is part of the build's contract (.editorconfig): the compiler checks the style rules and
# formatting in every build (EnforceCodeStyleInBuild, Directory.Build.props); this checks what only the
# files show (final newlines, whitespace), without loading the solution.
if ((!fast)); then
  dotnet format whitespace . --folder --verify-no-changes
fi
dotnet build GopherFest.sln
if [ -n "$npm_pid" ] && ! wait "$npm_pid"; then
  cat "$npm_log" >&2
  echo "tests/run.sh: npm install failed in tests/reading-system" >&2
  exit 1
fi
npm_pid=""

status=0
dotnet test GopherFest.sln --no-build ${args[@]+"${args[@]}"} 2>&1 | tee "$log" || status=$?

# One closing line for the whole run, summed over the test assemblies.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
exit "$status"
