#!/usr/bin/env bash
# README command 2: install what is missing, then run every test: the native tests of the core, and
# the browser tests against the release build (the same pipeline users get) in headless Chromium.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh

echo "== native tests (cargo test)"
cargo test --locked

echo "== release build (trunk, wasm-opt on)"
trunk build --release --offline

echo "== downloads, checked by independent validators (frictionless, jsonschema)"
.venv/bin/python -m pytest -q tests/downloads

echo "== browser tests (node --test, headless Chromium)"
node --test --test-concurrency=1 tests/browser/
