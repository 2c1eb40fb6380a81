#!/usr/bin/env bash
# Installs what building and testing yieldscope needs, skipping whatever is already present:
# Debian packages (apt) and the npm dev dependencies (node_modules/). Safe to run repeatedly.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

APT_PACKAGES=(emscripten catch2 chromium libboost-dev ninja-build cmake g++ python3)
NODE_MAJOR_MIN=20

die() {
    echo "setup: error: $*" >&2
    exit 1
}

# --- Debian packages ---------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
    if ! dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed'; then
        missing+=("$pkg")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        die "missing Debian packages: ${missing[*]}
       run this script as root, or install them first:
       apt-get install -y ${missing[*]}"
    fi
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q "${missing[@]}" </dev/null
else
    echo "setup: Debian packages present"
fi

# --- Node.js -----------------------------------------------------------------
# Debian 12's own nodejs is 18; the tests need node >= 20 (node --test, playwright-core).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    die "node >= $NODE_MAJOR_MIN and npm are required (e.g. the nodejs package from deb.nodesource.com)"
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt "$NODE_MAJOR_MIN" ]; then
    die "node $(node --version) is too old; node >= $NODE_MAJOR_MIN is required"
fi

# --- npm dev dependencies ----------------------------------------------------
# npm ci leaves node_modules/.package-lock.json behind; reinstall when the lock file is newer.
cd "$ROOT"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "setup: npm ci"
    # The system Chromium is used, so playwright must not download browsers.
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund </dev/null
else
    echo "setup: node_modules up to date"
fi
