#!/usr/bin/env bash
# Every span's words recovered from its article by its offsets, in the lean profiles, over more
# articles than the test bundles (SpanRecoveryTest with extra inputs), and the figures.
#
#   bench/spans.sh [ARTICLES...]   (default: ../shared/eval/articles and ../shared/corpus/bbc)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $# -eq 0 ]]; then set -- ../shared/eval/articles ../shared/corpus/bbc; fi
more=$(IFS=,; echo "$*")
mvn -q -B test -pl newskg-core -Dtest=SpanRecoveryTest -Dsurefire.failIfNoSpecifiedTests=false -Dnewskg.spans.more="$more" >/dev/null \
  || { echo "SpanRecoveryTest failed: see target/surefire-reports" >&2; exit 1; }
grep -o 'span recovery:[^<]*' target/surefire-reports/TEST-org.newskg.rdf.SpanRecoveryTest.xml
