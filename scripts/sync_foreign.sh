#!/usr/bin/env bash
# Refresh tests/foreign/ (decks/, gold/, README.md) from the shared evaluation set in
# ../shared/foreign (or $PLANDECK_SHARED/foreign). tests/foreign/floors.toml is the
# project's own and is left alone. Review the result with `git status` / `git diff --stat`.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${PLANDECK_SHARED:-../shared}"
src="$shared/foreign"
dst=tests/foreign
if [[ ! -d "$src/decks" || ! -d "$src/gold" ]]; then
  echo "sync_foreign: no shared evaluation set at $src; nothing to do" >&2
  exit 1
fi
mkdir -p "$dst/decks" "$dst/gold"
if command -v rsync >/dev/null 2>&1; then
  rsync -a --delete "$src/decks/" "$dst/decks/"
  rsync -a --delete --include='*.gold.json' --exclude='*' "$src/gold/" "$dst/gold/"
else
  rm -f "$dst"/decks/* "$dst"/gold/*.gold.json
  cp -p "$src"/decks/* "$dst/decks/"
  cp -p "$src"/gold/*.gold.json "$dst/gold/"
fi
{
  echo "> NOTICE: a copy of the shared evaluation set (\`../shared/foreign\`), refreshed by"
  echo "> \`scripts/sync_foreign.sh\`; do not edit it here. \`floors.toml\` is the project's own."
  echo
  cat "$src/README.md"
} > "$dst/README.md"
chmod -R u+w "$dst"  # the shared copies are read-only; the working copy need not be
echo "sync_foreign: $(ls "$dst/decks" | wc -l) decks, $(ls "$dst/gold" | wc -l) gold files from $src" >&2
