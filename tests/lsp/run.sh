#!/usr/bin/env bash
# End-to-end tests of `cdklint server` driven by pytest-lsp (a real JSON-RPC client with the
# recorded capabilities of VS Code and Neovim).
#
#   tests/lsp/run.sh [pytest args...]
#
# Creates a virtualenv at .venv-lsp/ in the repository root (needs python3 with venv and PyPI),
# builds the server unless CDKLINT_BIN points at a binary, and runs the suite against it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="$root/.venv-lsp"

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$here/requirements.txt"

if [ -z "${CDKLINT_BIN:-}" ]; then
    (cd "$root" && cargo build --release -p cdklint_cli)
    CDKLINT_BIN="$root/target/release/cdklint"
fi
if [ ! -x "$CDKLINT_BIN" ]; then
    echo "tests/lsp: CDKLINT_BIN=$CDKLINT_BIN is not an executable" >&2
    exit 2
fi
export CDKLINT_BIN
cd "$here"
exec "$venv/bin/python" -m pytest -p no:cacheprovider "$@"
