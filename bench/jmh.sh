#!/usr/bin/env bash
# JMH: milliseconds per article of extraction (and of extraction + mapping to RDF) on one core.
#
#   bench/jmh.sh [CORPUS]      (default: the bundled BBC sample, src/test/resources/corpus/bbc)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(cd "${1:-src/test/resources/corpus/bbc}" && pwd)
mvn -q -B test-compile -pl newskg-core
mvn -q -B dependency:build-classpath -pl newskg-core -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/target/test-classpath.txt" >/dev/null
cp=$(cat target/test-classpath.txt)
java -Dnewskg.corpus="$corpus" -cp "target/test-classes:target/classes:$cp" org.openjdk.jmh.Main \
  'org.newskg.bench.ExtractionBenchmark' -rf text -rff target/jmh-result.txt
