#!/usr/bin/env bash
# Checks that the committed front-end output (src/main/resources/static) is
# exactly what a fresh build produces. CI runs this; it works from any folder.
#
# It installs the locked dependencies, builds into a temporary copy of the
# repository's front-end files, and compares. The working tree is not touched.
set -euo pipefail

repo_root="$(cd "$(dirname "$0")/.." && pwd)"
static_rel="src/main/resources/static"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Copy the build's inputs (not node_modules) and the committed output.
mkdir -p "$work/frontend" "$work/$static_rel"
(cd "$repo_root/frontend" && tar --exclude=./node_modules -cf - .) | (cd "$work/frontend" && tar -xf -)
if [ -d "$repo_root/$static_rel" ]; then
  cp -R "$repo_root/$static_rel/." "$work/$static_rel/"
fi
cp -R "$work/$static_rel" "$work/committed"

echo "Installing locked dependencies (npm ci)"
(cd "$work/frontend" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)

echo "Building"
(cd "$work/frontend" && npm run --silent build)

if diff -rq "$work/committed" "$work/$static_rel" >"$work/diff.txt"; then
  echo "OK: $static_rel matches a fresh front-end build."
else
  sed -e "s#$work/committed#committed#g" -e "s#$work/$static_rel#fresh build#g" "$work/diff.txt" >&2
  echo >&2
  echo "FAIL: $static_rel differs from a fresh front-end build." >&2
  echo "Run 'cd frontend && npm ci && npm run build' and commit the result." >&2
  exit 1
fi
