#!/usr/bin/env bash
# A new user's first minutes: clones this repository into an empty temporary folder (no
# shared/ or anything else beside it) and runs README.md's two commands there, as written.
#
#   bench/fresh-clone.sh [REPOSITORY]      (default: this checkout's committed HEAD)
set -euo pipefail
repo=$(cd "${1:-$(dirname "$0")/..}" && pwd)
work=$(mktemp -d /tmp/newskg-fresh-XXXXXX)
trap 'rm -rf "$work"' EXIT
git clone -q "$repo" "$work/newskg"
cd "$work/newskg"
echo "cloned $(git rev-parse --short HEAD) into $work/newskg; beside it: $(ls "$work")"
# The commands are the first line of the code block after "**1." and after "**2." in README.md.
command_of() {
  awk -v mark="$1" 'index($0, mark) == 1 { found = 1; next } found && /^```/ { inblock = !inblock; if (!inblock) exit; next } found && inblock { print; exit }' README.md
}
for n in 1 2; do
  cmd=$(command_of "**$n.")
  echo "== README command $n: $cmd"
  start=$(date +%s)
  if bash -c "$cmd" > "$work/command-$n.log" 2>&1; then status=0; else status=$?; fi
  tail -n 12 "$work/command-$n.log" | grep -v '^\[INFO\] *$' || true
  echo "== command $n exited $status after $(( $(date +%s) - start )) s"
  [ "$status" -eq 0 ] || exit "$status"
done
echo "== git status after both commands:"
git status --short
