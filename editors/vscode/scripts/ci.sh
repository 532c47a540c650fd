#!/usr/bin/env bash
# CI entry point for the VS Code extension: install, type-check, lint, test, bundle, package and
# inspect the .vsix; then package the platform-specific .vsix for this machine with the server
# binary bundled, and start the server from the unpacked package. Needs Node.js 20+ and npm
# (everything else comes from package-lock.json), and the release binary: CDKLINT_BIN, else it is
# built with cargo. Runs from any working directory; exits non-zero on the first failure.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() {
  printf '\n==> %s\n' "$*"
  "$@"
}

# Start from a clean slate so a stale bundle or .vsix can never make the checks pass.
rm -rf dist out bin ./*.vsix

step npm ci --no-audit --no-fund
step npm run typecheck
step npm run lint
step npm test
step npm run build
step npm run package
step node scripts/check-vsix.mjs

# The platform-specific package, as the release workflow builds one per platform. VS Code's
# target names are `${process.platform}-${process.arch}` (linux-x64, darwin-arm64, win32-x64…),
# the same key the extension's discovery looks under in bin/.
if [ -z "${CDKLINT_BIN:-}" ]; then
  (cd ../.. && cargo build --release --locked -p cdklint_cli)
  CDKLINT_BIN="$(cd ../.. && pwd)/target/release/cdklint"
fi
target="$(node -p 'process.platform + "-" + process.arch')"
version="$(node -p 'require("./package.json").version')"
vsix="cdklint-${target}-${version}.vsix"
mkdir -p "bin/${target}"
cp "$CDKLINT_BIN" "bin/${target}/"
step npx vsce package --no-dependencies --target "$target" --out "$vsix"
rm -rf bin
step node scripts/check-vsix.mjs --bundled "$target" --max-bytes $((16 * 1024 * 1024)) "$vsix"
CDKLINT_VSIX="$PWD/$vsix" step npm run test:vsix

printf '\nvscode extension: all checks passed\n'
