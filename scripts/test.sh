#!/usr/bin/env bash
# README command 2: install what is missing, then check formatting and lints, run the native tests
# of the workspace, and the browser tests against the release build (the same pipeline users get)
# in headless Chromium.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
# A one-off run gains nothing from incremental builds, which take disk space (see Cargo.toml).
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
echo "== disk space before the builds: $(df -h --output=avail . | tail -1 | tr -d ' ') free"

echo "== formatting and lints (cargo fmt, cargo clippy on the native and the wasm32 target)"
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings
# The core and the site as the browser gets them. The build step and the tests (whose
# dev-dependencies do not build for wasm32) only ever run natively.
cargo clippy -p ox-core -p ox-transparenz --lib --bins --locked --target wasm32-unknown-unknown -- -D warnings

echo "== native tests (cargo test: the core, the build step, the site's pages rendered natively)"
cargo test --workspace --locked

echo "== release build (trunk, wasm-opt on)"
trunk build --release --offline

echo "== downloads, checked by independent validators (frictionless, jsonschema)"
.venv/bin/python -m pytest -q tests/downloads

echo "== browser tests (node --test, headless Chromium)"
node --test --test-concurrency=1 tests/browser/
