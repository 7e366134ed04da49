#!/usr/bin/env bash
# Installs what the end-to-end tests need, offline but for the npm registry and Debian's packages:
# Debian's chromium (driven by playwright-core), ripgrep, the headers code-server's native modules
# build against, pngquant, and code-server 4.100.3 (VS Code 1.100.3, the last release that runs on
# node 20) in its own git-ignored folder, so that the project's `npm ci` stays fast.
# Idempotent: each step is skipped when its result is already there.
set -euo pipefail
cd "$(dirname "$0")/../.."

CODE_SERVER_VERSION=4.100.3
# Version of @vscode/ripgrep that code-server 4.100.3 depends on, and the archive its postinstall wants.
RIPGREP_PACKAGE_VERSION=1.15.11
RIPGREP_ARCHIVE=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
# Another folder (e.g. one kept between CI clones): DELIBERA_CODE_SERVER_DIR, read by test/e2e too.
INSTALL_DIR="${DELIBERA_CODE_SERVER_DIR:-$PWD/.e2e/code-server}"

log() { printf 'e2e install: %s\n' "$*"; }

missing_packages=()
command -v chromium >/dev/null || missing_packages+=(chromium)
command -v rg >/dev/null || missing_packages+=(ripgrep)
command -v pkg-config >/dev/null || missing_packages+=(pkg-config)
# Shrinks the screenshots the UI test saves (the walkthrough's ship in the .vsix).
command -v pngquant >/dev/null || missing_packages+=(pngquant)
[ -f /usr/include/gssapi/gssapi.h ] || missing_packages+=(libkrb5-dev)
if [ ${#missing_packages[@]} -gt 0 ]; then
  log "apt-get install ${missing_packages[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing_packages[@]}" >/dev/null
else
  log "system packages already there"
fi

if [ -x "$INSTALL_DIR/node_modules/.bin/code-server" ] \
  && [ "$(node -p "require('$INSTALL_DIR/node_modules/code-server/package.json').version" 2>/dev/null)" = "$CODE_SERVER_VERSION" ]; then
  log "code-server $CODE_SERVER_VERSION already in $INSTALL_DIR"
  exit 0
fi

# @vscode/ripgrep's postinstall downloads its binary from GitHub unless it finds it in this cache.
tmp="${TMPDIR:-/tmp}"
cache="$tmp/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
if [ ! -s "$cache/$RIPGREP_ARCHIVE" ]; then
  log "seeding the ripgrep cache with $(command -v rg)"
  mkdir -p "$cache"
  stage="$(mktemp -d)"
  cp "$(command -v rg)" "$stage/rg"
  tar -czf "$cache/$RIPGREP_ARCHIVE" -C "$stage" rg
  rm -rf "$stage"
fi

log "installing code-server $CODE_SERVER_VERSION into $INSTALL_DIR (about a minute)"
mkdir -p "$INSTALL_DIR"
[ -f "$INSTALL_DIR/package.json" ] || printf '{ "name": "delibera-e2e-code-server", "private": true }\n' >"$INSTALL_DIR/package.json"
# unsafe_perm: its postinstall refuses to run as root otherwise; yes: node-pty's `npx node-gyp` must not prompt.
(
  cd "$INSTALL_DIR"
  npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-save --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
)
log "done"
