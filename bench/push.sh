#!/usr/bin/env bash
# newskg push against plain HTTP PUTs of the same graphs to an in-memory Fuseki, in one run.
#
#   bench/push.sh [ARTICLES]      (default: the bundled BBC sample)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile -pl newskg-core
mvn -q -B dependency:build-classpath -pl newskg-core -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/target/test-classpath.txt" >/dev/null
cp=$(cat target/test-classpath.txt)
java -cp "target/test-classes:target/classes:$cp" org.newskg.bench.PushBench "$@" 2>&1 | grep -v " INFO "
