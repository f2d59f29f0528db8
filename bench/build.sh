#!/usr/bin/env bash
# In one run: build a corpus with newskg, export its N-Quads, load them into a fresh dataset
# with Jena's parallel TDB2 loader, and print articles/s, quads/s and peak RSS of each and the
# ratio build/loader (quads per second).
#
#   bench/build.sh CORPUS [-- extra newskg build options]
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -ge 1 ]] || { echo "usage: bench/build.sh CORPUS [-- build options]" >&2; exit 2; }
corpus=$(cd "$1" && pwd); shift
[[ "${1:-}" == "--" ]] && shift
[[ -f target/newskg.jar ]] || mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
newskg() { /usr/bin/time -f '%e %M' -o "$work/time" java -jar target/newskg.jar "$@"; }

newskg build --no-turtle --quiet --dataset "$work/built" --summary-json "$work/build.json" "$@" "$corpus" 2>"$work/build.log" || true
read -r build_s build_kb < "$work/time"
articles=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["articlesBuilt"])' "$work/build.json")
quads=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["quads"])' "$work/build.json")

newskg export --dataset "$work/built" --format nquads --output "$work/corpus.nq" 2>"$work/export.log"
read -r export_s export_kb < "$work/time"

newskg load --dataset "$work/loaded" --loader parallel "$work/corpus.nq" 2>"$work/load.log"
read -r load_s load_kb < "$work/time"

python3 - "$articles" "$quads" "$build_s" "$build_kb" "$export_s" "$load_s" "$load_kb" <<'PY'
import sys
articles, quads = int(sys.argv[1]), int(sys.argv[2])
build_s, build_kb, export_s, load_s, load_kb = map(float, sys.argv[3:8])
print(f"corpus: {articles} articles, {quads} quads")
print(f"newskg build : {build_s:7.1f} s  {articles / build_s:8.1f} articles/s  {quads / build_s:9.0f} quads/s  peak RSS {build_kb / 1024:6.0f} MiB")
print(f"newskg export: {export_s:7.1f} s  (N-Quads, for the loader)")
print(f"jena parallel: {load_s:7.1f} s  {articles / load_s:8.1f} articles/s  {quads / load_s:9.0f} quads/s  peak RSS {load_kb / 1024:6.0f} MiB")
print(f"ratio build/loader (quads/s): {(quads / build_s) / (quads / load_s):.2f}")
PY
