#!/usr/bin/env bash
# Every test suite of cdklint: the Rust workspace (unit, rule harness, robustness, CLI
# end-to-end), the language server driven by real LSP clients, the headless Neovim session, the
# VS Code extension (with the platform .vsix that bundles the server) and the PyPI/npm packages.
# Needs Rust, Python 3.9+, Node.js 20+ and Neovim: tests/prerequisites.sh checks them first and
# says how to get what is missing (`.ci/run` installs them on a fresh Debian machine).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "prerequisites"
bash tests/prerequisites.sh

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test (unit, rule harness, robustness, CLI end-to-end)"
cargo test --workspace --locked

step "cargo build --release (the binary the editor suites drive)"
cargo build --release --locked -p cdklint_cli
export CDKLINT_BIN="$PWD/target/release/cdklint"

step "language server with real LSP clients (pytest-lsp)"
bash tests/lsp/run.sh

step "headless Neovim through editors/nvim"
bash tests/nvim/run.sh

step "VS Code extension (typecheck, lint, unit tests, bundle, .vsix, platform .vsix with the server)"
bash editors/vscode/scripts/ci.sh

step "packages: PyPI wheel and npm packages installed offline, release workflow linted"
bash tests/dist/run.sh

step "all suites passed"
