#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing; fast when all is there.
# Sourced by serve.sh and test.sh. Needs only the machine's Rust (rustup), Node/npm and apt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14 # 0.22 needs a newer rustc than the machine's 1.95
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

# The CLI must equal the wasm-bindgen version in Cargo.lock, or Trunk tries to download one.
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print }' Cargo.lock)
if [ -z "$BINDGEN_VERSION" ]; then
  echo "could not read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (about 3 minutes)"
  # Without --locked: the CLI's locked dependency set does not resolve on this machine.
  cargo install --force "wasm-bindgen-cli@$BINDGEN_VERSION"
fi

# npm packages: wasm-opt (binaryen), ECharts, the browser driver and axe-core, as locked.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.setup-stamp; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.setup-stamp
fi
export PATH="$PWD/node_modules/.bin:$PATH"

# Python validators of the downloads (frictionless, jsonschema, pytest) in a project venv.
if [ ! -x .venv/bin/python ] || ! cmp -s tests/downloads/requirements.txt .venv/.setup-stamp; then
  say "installing the Python validators"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r tests/downloads/requirements.txt
  cp tests/downloads/requirements.txt .venv/.setup-stamp
fi

# Debian packages: the browser for the tests, and nginx with its brotli module to check the sample
# server configuration. policy-rc.d keeps apt from starting nginx as a service.
APT_PACKAGES=()
# Fonts for the press kit's PNG images, which the build draws natively (crates/publish/src/press_kit.rs).
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || APT_PACKAGES+=(fonts-dejavu-core)
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || APT_PACKAGES+=(chromium chromium-driver)
[ -x /usr/sbin/nginx ] && [ -f /etc/nginx/modules-enabled/50-mod-http-brotli-static.conf ] ||
  APT_PACKAGES+=(nginx libnginx-mod-http-brotli-static)
if [ ${#APT_PACKAGES[@]} -gt 0 ]; then
  say "installing Debian packages: ${APT_PACKAGES[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  POLICY=/usr/sbin/policy-rc.d
  if [ ! -e "$POLICY" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
    $SUDO chmod +x "$POLICY"
    trap '$SUDO rm -f "$POLICY"' EXIT
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${APT_PACKAGES[@]}"
fi
