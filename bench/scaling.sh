#!/usr/bin/env bash
# Extraction time against article length (2 KB to 2 MB, and a pathological article), one thread.
#
#   bench/scaling.sh [CORPUS]      (default: the bundled BBC sample)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile -pl newskg-core
mvn -q -B dependency:build-classpath -pl newskg-core -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/target/test-classpath.txt" >/dev/null
cp=$(cat target/test-classpath.txt)
java -Xmx2g -cp "target/test-classes:target/classes:$cp" org.newskg.bench.ExtractionScaling "$@"
