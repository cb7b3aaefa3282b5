#!/usr/bin/env bash
# Installs everything Réemploi needs on a fresh machine (Node 20 + Go present): pnpm, the workspace's
# dependencies from the lockfile, the embedded database (built with Go), and Debian's Chromium for the
# browser tests when running as root. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=10.34.8
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "==> installing pnpm $PNPM_VERSION with npm"
  npm install -g "pnpm@$PNPM_VERSION"
fi

echo "==> installing dependencies (pnpm install --frozen-lockfile)"
pnpm install --frozen-lockfile

echo "==> building the embedded database (FerretDB, first run takes a few minutes)"
pnpm --silent --filter @reemploi/embedded-db build

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> installing Debian's chromium for the browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "!! /usr/bin/chromium is missing: install Debian's chromium package to run the browser tests" >&2
  fi
fi
echo "==> ready: 'pnpm start' starts the platform, 'pnpm test' runs every test"
