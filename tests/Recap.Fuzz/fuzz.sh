#!/usr/bin/env bash
# Fuzzes recap with SharpFuzz under Debian's afl++ for MINUTES minutes (default 10):
#   tests/Recap.Fuzz/fuzz.sh [reader|pipeline] [MINUTES]
# Installs afl++ (apt-get) and the SharpFuzz.CommandLine tool (NuGet, into artifacts/) when missing,
# instruments the reader's assemblies (Recap.Markdown, Markdig, YamlDotNet) and, for `pipeline`, the
# layout and writers too, seeds the corpus from content/, and leaves findings in
# artifacts/fuzz/TARGET/findings/default/crashes. Replay one: `dotnet artifacts/fuzz/bin/Recap.Fuzz.dll TARGET --replay FILE`;
# keep each as a regression test (tests/Recap.Markdown.Tests/FuzzFindingTests.cs).
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:-reader}
minutes=${2:-10}
case "$target" in reader|pipeline) ;; *) echo "usage: $0 [reader|pipeline] [MINUTES]" >&2; exit 2 ;; esac

if ! command -v afl-fuzz >/dev/null; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends afl++ >/dev/null
fi
tools=artifacts/fuzz/tools
[ -x "$tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null

bin=artifacts/fuzz/bin
dotnet build tests/Recap.Fuzz -c Release -o "$bin" -nologo -v quiet
assemblies=(Recap.Markdown.dll Markdig.dll YamlDotNet.dll)
[ "$target" = pipeline ] && assemblies+=(Recap.Layout.dll Recap.Epub.dll Recap.Pdf.dll Recap.Publishing.dll)
for assembly in "${assemblies[@]}"; do
  "$tools/sharpfuzz" "$bin/$assembly" >/dev/null || true   # already instrumented on a second run: fine
done

work=artifacts/fuzz/$target
mkdir -p "$work"
[ -d "$work/seeds" ] || dotnet "$bin/Recap.Fuzz.dll" seeds content "$work/seeds"

# afl-fuzz checks its target is an instrumented native binary; ours is dotnet running SharpFuzz's shim.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
timeout --signal=INT "${minutes}m" afl-fuzz -i "$work/seeds" -o "$work/findings" -t 20000 -m none -- dotnet "$bin/Recap.Fuzz.dll" "$target" || true
crashes=$(find "$work/findings/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
hangs=$(find "$work/findings/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
echo "fuzz.sh: $target for $minutes min: $crashes crashes, $hangs hangs in $work/findings/default"
