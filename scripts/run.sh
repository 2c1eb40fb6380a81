#!/usr/bin/env bash
# Sets up the machine, builds yieldscope and serves the site (dist/) on http://127.0.0.1:$PORT
# (PORT defaults to 8000). The page also works opened straight from disk (file://).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PORT=${PORT:-8000}

"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh"

echo
echo "yieldscope is served at  http://127.0.0.1:$PORT/"
echo "or open it from disk:    file://$ROOT/dist/index.html"
echo "(Ctrl+C stops the server)"
echo
exec python3 -m http.server --bind 127.0.0.1 --directory "$ROOT/dist" "$PORT"
