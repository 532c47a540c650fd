#!/usr/bin/env bash
# Headless Neovim (0.7+; Debian's `neovim` package) drives `cdklint server` through the
# plugin in editors/nvim: diagnostics, a quick fix, fix on save, :checkhealth.
#
#   tests/nvim/run.sh          (needs `nvim` on PATH: apt-get install -y neovim)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if ! command -v nvim >/dev/null; then
    echo "tests/nvim: nvim not found (apt-get install -y neovim)" >&2
    exit 2
fi
if [ -z "${CDKLINT_BIN:-}" ]; then
    (cd "$root" && cargo build --release -p cdklint_cli)
    CDKLINT_BIN="$root/target/release/cdklint"
fi
export CDKLINT_BIN
nvim --version | head -1
cd "$root"
timeout 180 nvim --headless --clean --cmd "set rtp^=$root/editors/nvim" -c "luafile $here/test.lua"
