#!/usr/bin/env bash
# CI entry point for the VS Code extension: install, type-check, lint, test, bundle, package and
# inspect the .vsix. Needs only node 20+ and npm (everything else comes from package-lock.json).
# Runs from any working directory; exits non-zero on the first failure.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() {
  printf '\n==> %s\n' "$*"
  "$@"
}

# Start from a clean slate so a stale bundle or .vsix can never make the checks pass.
rm -rf dist out ./*.vsix

step npm ci --no-audit --no-fund
step npm run typecheck
step npm run lint
step npm test
step npm run build
step npm run package
step node scripts/check-vsix.mjs

printf '\nvscode extension: all checks passed\n'
