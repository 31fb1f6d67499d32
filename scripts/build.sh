#!/usr/bin/env bash
# Builds the deployable static site into dist/: release profile, wasm-opt -Oz, no downloads.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
trunk build --release --offline
echo "Static site written to $PWD/dist/"
