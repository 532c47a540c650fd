#!/usr/bin/env bash
# Checks what tests/run-all.sh needs before anything is built, and names each missing piece with
# the way to get it. Exit 0 when all is there, 2 otherwise. `.ci/run` installs them on Debian.
#
# Versions: Rust as in Cargo.toml's rust-version; Node.js 20+ (the VS Code extension's tooling
# and the npm launcher; the extension's package.json pins tools that support it); Python 3.9+
# with venv (pytest-lsp, the wheel test); Neovim 0.7+ (Debian's package).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

missing=()
need() { missing+=("$1"$'\n      '"$2"); }

# "X.Y[.Z]" >= "A.B"?
at_least() { printf '%s\n%s\n' "$2" "$1" | sort -V -C; }

rust_min="$(sed -n 's/^rust-version = "\(.*\)"/\1/p' "$root/Cargo.toml")"
if ! command -v cargo >/dev/null 2>&1; then
  need "Rust $rust_min+ (cargo)" "install rustup (https://rustup.rs), then: rustup toolchain install stable"
else
  rustc_version="$(rustc --version | awk '{print $2}')"
  at_least "$rustc_version" "$rust_min" || need "Rust $rust_min+ (found $rustc_version)" "rustup update stable"
  cargo fmt --version >/dev/null 2>&1 || need "rustfmt" "rustup component add rustfmt"
  cargo clippy --version >/dev/null 2>&1 || need "clippy" "rustup component add clippy"
fi

if ! command -v python3 >/dev/null 2>&1; then
  need "Python 3.9+" "apt-get install -y python3 python3-venv python3-pip"
else
  py_version="$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
  at_least "$py_version" 3.9 || need "Python 3.9+ (found $py_version)" "install a newer python3"
  python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need "Python venv with pip (python3 -m venv)" "apt-get install -y python3-venv python3-pip"
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  need "Node.js 20+ with npm" "apt-get install -y nodejs npm, then if that is older than 20: npm install -g node@20"
else
  node_version="$(node --version | tr -d v)"
  at_least "$node_version" 20 || need "Node.js 20+ (found $node_version)" "npm install -g node@20 (the node binary from the npm registry)"
fi

command -v nvim >/dev/null 2>&1 || need "Neovim 0.7+ (nvim)" "apt-get install -y neovim"

if [ "${#missing[@]}" -gt 0 ]; then
  echo "tests/run-all.sh cannot run: missing prerequisites (.ci/run installs them on Debian/Ubuntu):" >&2
  for m in "${missing[@]}"; do printf '  - %s\n' "$m" >&2; done
  exit 2
fi
echo "prerequisites: Rust $(rustc --version | awk '{print $2}'), Python $(python3 -c 'import platform; print(platform.python_version())'), Node.js $(node --version), $(nvim --version | head -1)"
