#!/usr/bin/env node
// Launcher of the npm package `cdklint`: npm installed exactly one of the optional
// `@cdklint/cli-<platform>` packages (selected by their `os`, `cpu` and `libc` fields); run the
// binary it carries with our arguments, stdio and exit status. `CDKLINT_BINARY` overrides the
// binary (a local build, or a platform without a package).
'use strict';

const { spawnSync } = require('node:child_process');

function isMusl() {
  if (process.platform !== 'linux') {
    return false;
  }
  try {
    // glibc reports its version here; musl does not.
    const { header } = process.report.getReport();
    return !header.glibcVersionRuntime;
  } catch {
    return false;
  }
}

function candidates() {
  const exe = process.platform === 'win32' ? 'cdklint.exe' : 'cdklint';
  const key = `${process.platform}-${process.arch}`;
  // The musl builds are static, so they also run on glibc systems: try the other one second.
  const keys = process.platform !== 'linux' ? [key] : isMusl() ? [`${key}-musl`, key] : [key, `${key}-musl`];
  return keys.map((k) => `@cdklint/cli-${k}/${exe}`);
}

function findBinary() {
  if (process.env.CDKLINT_BINARY) {
    return process.env.CDKLINT_BINARY;
  }
  const tried = candidates();
  for (const request of tried) {
    try {
      return require.resolve(request);
    } catch {
      // not installed for this platform; try the next
    }
  }
  process.stderr.write(
    `cdklint: no binary for ${process.platform}-${process.arch} (looked for ${tried
      .map((r) => r.split('/').slice(0, 2).join('/'))
      .join(', ')}).\n` +
      'The package is installed without its platform package, which happens with `--no-optional`, ' +
      '`--omit=optional` or a lockfile made on another platform: reinstall it with optional ' +
      'dependencies, use `pip install cdklint`, or set CDKLINT_BINARY to a cdklint binary.\n',
  );
  process.exit(2);
}

const result = spawnSync(findBinary(), process.argv.slice(2), { stdio: 'inherit', windowsHide: true });
if (result.error) {
  process.stderr.write(`cdklint: cannot run ${result.error.path ?? 'the binary'}: ${result.error.message}\n`);
  process.exit(2);
}
if (result.signal) {
  // Die of the same signal, so callers see what happened to cdklint.
  process.kill(process.pid, result.signal);
}
process.exit(result.status ?? 2);
