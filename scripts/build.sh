#!/usr/bin/env bash
# Builds the deployable static site into dist/: release profile, wasm-opt -Oz.
#   ./scripts/build.sh               a build for local use and tests (site.toml may stay empty)
#   ./scripts/build.sh --production  refuses to build while site.toml lacks what a public site needs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
case "${1:-}" in
  --production) export SITE_PRODUCTION=1 ;;
  "") ;;
  *) echo "usage: $0 [--production]" >&2; exit 2 ;;
esac
source scripts/setup.sh
trunk build --release --offline
echo "Static site written to $PWD/dist/"
