#!/usr/bin/env bash
# README command 1: install what is missing, then serve the site locally with live rebuilds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
echo "Serving the site at http://127.0.0.1:8080/ (rebuilds on change; reload the page; Ctrl+C stops)"
exec trunk serve --offline "$@"
