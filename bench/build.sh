#!/usr/bin/env bash
# In one run: build a corpus with newskg, export its N-Quads, load them into a fresh dataset
# with Jena's parallel TDB2 loader, and print articles/s, quads/s and peak RSS of each and the
# ratio build/loader (quads per second). The build and the load alternate ROUNDS times (default
# 3, BENCH_ROUNDS to change): each round's ratio is printed, then their median, since on a
# shared machine one pair can be off by a fifth either way.
#
#   bench/build.sh CORPUS [-- extra newskg build options]
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -ge 1 ]] || { echo "usage: bench/build.sh CORPUS [-- build options]" >&2; exit 2; }
corpus=$(cd "$1" && pwd); shift
[[ "${1:-}" == "--" ]] && shift
rounds=${BENCH_ROUNDS:-3}
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "BENCH_ROUNDS must be a positive whole number" >&2; exit 2; }
[[ -f target/newskg.jar ]] || mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
newskg() { /usr/bin/time -f '%e %M' -o "$work/time" java -jar target/newskg.jar "$@"; }

: > "$work/rounds"
for round in $(seq "$rounds"); do
  rm -rf "$work/built" "$work/loaded"
  newskg build --no-turtle --quiet --dataset "$work/built" --summary-json "$work/build.json" "$@" "$corpus" 2>"$work/build.log" || true
  read -r build_s build_kb < "$work/time"
  if [[ $round == 1 ]]; then
    newskg export --dataset "$work/built" --format nquads --output "$work/corpus.nq" 2>"$work/export.log"
    read -r export_s export_kb < "$work/time"
  fi
  newskg load --dataset "$work/loaded" --loader parallel "$work/corpus.nq" 2>"$work/load.log"
  read -r load_s load_kb < "$work/time"
  echo "$build_s $build_kb $load_s $load_kb" >> "$work/rounds"
done
articles=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["articlesBuilt"])' "$work/build.json")
quads=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["quads"])' "$work/build.json")

python3 - "$articles" "$quads" "$export_s" "$work/rounds" <<'PY'
import statistics, sys
articles, quads, export_s = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
rounds = [list(map(float, line.split())) for line in open(sys.argv[4])]
print(f"corpus: {articles} articles, {quads} quads; newskg export {export_s:.1f} s (N-Quads, for the loader)")
ratios = []
for n, (build_s, build_kb, load_s, load_kb) in enumerate(rounds, 1):
    ratio = (quads / build_s) / (quads / load_s)
    ratios.append(ratio)
    print(f"round {n}: newskg build {build_s:5.1f} s {articles / build_s:6.1f} articles/s {quads / build_s:7.0f} quads/s"
          f" peak RSS {build_kb / 1024:5.0f} MiB | jena parallel {load_s:5.1f} s {articles / load_s:6.1f} articles/s"
          f" {quads / load_s:7.0f} quads/s peak RSS {load_kb / 1024:5.0f} MiB | ratio {ratio:.2f}")
print(f"ratio build/loader (quads/s): {statistics.median(ratios):.2f} (median of {len(ratios)}; "
      f"{min(ratios):.2f}-{max(ratios):.2f})")
PY
