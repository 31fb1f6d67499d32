#!/usr/bin/env bash
# The benchmark of issues 6 and 14 (bench/README.md): installs what is missing, builds the release
# site into dist/, then measures it against a static and a plain-JavaScript page (page loads, the
# first tap on a phone profile, the table at scale). Arguments go to bench/run.mjs,
# e.g. ./scripts/bench.sh --runs 3 --sizes 40,1000 or ./scripts/bench.sh --only tap --tap-runs 2
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh

echo "== release build (trunk, wasm-opt on)"
trunk build --release --offline

echo "== benchmark (headless Chromium, 4x CPU slowdown; the first tap also on a slow network)"
node bench/run.mjs "$@"
