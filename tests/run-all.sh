#!/usr/bin/env bash
# Every test suite of cdklint: the Rust workspace (unit, rule harness, robustness, CLI
# end-to-end), the language server driven by real LSP clients, the headless Neovim session and
# the VS Code extension build. Needs Rust, Python 3, Node.js 20 and Neovim (`.ci/run` installs
# what a fresh Debian machine lacks).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

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

step "VS Code extension (typecheck, lint, unit tests, bundle, .vsix)"
bash editors/vscode/scripts/ci.sh

step "all suites passed"
