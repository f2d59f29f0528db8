#!/usr/bin/env bash
# In one run, on one corpus: the Spark job at local[1] and local[2] (spark-submit's work done by
# `java -cp`, Spark from Maven), and the single-JVM `newskg build --nquads`; prints articles/s and
# quads/s of each, the local[2]/local[1] speed-up, and whether the job's quads equal the build's
# (as sets of N-Quads lines: the graph is on each line, so per graph too).
#
#   bench/spark.sh [CORPUS [COPIES]]   (e.g. ../shared/corpus/bbc; default: the bundled sample)
#
# COPIES > 1 reads the corpus that many times over (copy1/..., copy2/...: other ids, the same
# texts), so that a run lasts long enough for the JIT compiler's warm-up (on two cores it takes
# most of one core for the first ten seconds) to stop deciding the speed-up.
#
# Those runs are cold: a JVM each, timed whole. At local[1] the JIT compiler (some 30 s of CPU
# on the BBC corpus) has the second core to itself; at local[2] it takes it from a task, so the
# cold speed-up understates how the job scales. The warm runs (SparkBench) time the job in one
# JVM after WARMUPS untimed runs, at local[1] and local[2] in turn, ROUNDS times each, and print the
# medians: the job as long-lived executors run it. WARMUPS=8 ROUNDS=5 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(cd "${1:-src/test/resources/corpus/bbc}" && pwd)
copies=${2:-1}
# One reactor run, so the Spark module resolves the core built in it; the Spark module writes the file last.
mvn -q -B package dependency:build-classpath -DskipTests -Dmdep.includeScope=test -Dmdep.excludeArtifactIds=newskg \
  -Dmdep.outputFile="$PWD/newskg-spark/target/classpath.txt" >/dev/null
cp="newskg-spark/target/classes:newskg-spark/target/test-classes:target/newskg-core.jar:$(cat newskg-spark/target/classpath.txt)"
opens=$(sed -n 's:.*<spark.java17.opens>\(.*\)</spark.java17.opens>.*:\1:p' newskg-spark/pom.xml)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
timed() { /usr/bin/time -f '%e %M' -o "$work/time" "$@"; }
if [[ "$copies" -gt 1 ]]; then
  for k in $(seq 1 "$copies"); do mkdir -p "$work/corpus/copy$k" && cp -r "$corpus"/. "$work/corpus/copy$k/"; done
  corpus="$work/corpus"
fi

for n in 1 2; do
  timed java $opens -Dlog4j2.level=warn -cp "$cp" org.newskg.spark.SparkBuildMain --master "local[$n]" \
    --output "$work/spark$n" "$corpus" 2>"$work/spark$n.log" || { tail -20 "$work/spark$n.log"; exit 1; }
  read -r s kb < "$work/time"; echo "$s $kb" > "$work/spark$n.time"
done
echo "warm runs (one JVM, ${WARMUPS:-8} untimed, then ${ROUNDS:-5} each at local[1] and local[2] in turn):"
java $opens -Dlog4j2.level=warn -cp "$cp" org.newskg.spark.SparkBench "${WARMUPS:-8}" "${ROUNDS:-5}" "$work/warm" \
  "$corpus" 2>"$work/warm.log" || { tail -20 "$work/warm.log"; exit 1; }
timed java -jar target/newskg.jar build --no-turtle --quiet --dataset "$work/built" --nquads "$work/build.nq" \
  --summary-json "$work/build.json" "$corpus" 2>"$work/build.log" || true
read -r build_s build_kb < "$work/time"

zcat "$work"/spark2/part-*.nq.gz | LC_ALL=C sort > "$work/spark2.sorted"
zcat "$work"/spark1/part-*.nq.gz | LC_ALL=C sort > "$work/spark1.sorted"
LC_ALL=C sort "$work/build.nq" > "$work/build.sorted"
same2=$(cmp -s "$work/spark2.sorted" "$work/build.sorted" && echo yes || echo NO)
same1=$(cmp -s "$work/spark1.sorted" "$work/build.sorted" && echo yes || echo NO)

python3 - "$work" "$build_s" "$build_kb" "$same1" "$same2" <<'PY'
import json, sys
work, build_s, build_kb, same1, same2 = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5]
b = json.load(open(f"{work}/build.json"))
print(f"corpus: {b['articlesBuilt']} articles, {b['quads']} quads")
rate = {}
for n in (1, 2):
    s = json.load(open(f"{work}/spark{n}/summary.json"))
    secs, kb = map(float, open(f"{work}/spark{n}.time").read().split())
    rate[n] = s["articlesBuilt"] / secs
    print(f"spark local[{n}] : {secs:7.1f} s  {s['articlesBuilt'] / secs:8.1f} articles/s  {s['quads'] / secs:9.0f} quads/s"
          f"  peak RSS {kb / 1024:6.0f} MiB  ({s['articlesFailed']} failed)")
print(f"newskg build   : {build_s:7.1f} s  {b['articlesBuilt'] / build_s:8.1f} articles/s  {b['quads'] / build_s:9.0f} quads/s"
      f"  peak RSS {build_kb / 1024:6.0f} MiB  (extraction and TDB2 loading)")
print(f"speed-up local[2]/local[1], cold: {rate[2] / rate[1]:.2f}")
print(f"quads equal to build --nquads: local[1] {same1}, local[2] {same2}")
PY
