#!/usr/bin/env node
// Generates the npm packages from built binaries, as biome does: one `@cdklint/cli-<platform>`
// package per binary (with `os`, `cpu` and `libc` so npm installs only the matching one) and
// the `cdklint` launcher, whose optionalDependencies name them all at the same version.
//
//   node npm/scripts/generate-packages.mjs --out DIR [--version X.Y.Z] KEY=BINARY...
//
// KEY is a platform key from platforms.mjs (e.g. linux-x64, darwin-arm64, win32-x64) and
// BINARY the cdklint executable built for it. The version defaults to the workspace version in
// Cargo.toml. Each package lands in DIR/<dir name>/, ready for `npm pack` or `npm publish`.

import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binaryFile, packageName, PLATFORMS } from './platforms.mjs';

const npmRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(npmRoot, '..');

function fail(message) {
  console.error(`generate-packages: ${message}`);
  process.exit(2);
}

function workspaceVersion() {
  const cargo = readFileSync(join(repoRoot, 'Cargo.toml'), 'utf8');
  const section = cargo.split(/^\[/m).find((s) => s.startsWith('workspace.package]'));
  const match = section?.match(/^version\s*=\s*"([^"]+)"/m);
  if (!match) fail('no [workspace.package] version in Cargo.toml');
  return match[1];
}

const args = process.argv.slice(2);
let out;
let version;
const binaries = new Map();
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = args[++i];
  else if (args[i] === '--version') version = args[++i];
  else if (args[i].includes('=')) {
    const [key, file] = args[i].split(/=(.*)/s);
    if (!PLATFORMS.some((p) => p.key === key)) {
      fail(`unknown platform "${key}"; known: ${PLATFORMS.map((p) => p.key).join(', ')}`);
    }
    binaries.set(key, resolve(file));
  } else fail(`unexpected argument "${args[i]}"`);
}
if (out === undefined) fail('--out DIR is required');
if (binaries.size === 0) fail('give at least one KEY=BINARY');
version ??= workspaceVersion();
out = resolve(out);

const launcher = JSON.parse(readFileSync(join(npmRoot, 'cdklint', 'package.json'), 'utf8'));
const common = {
  version,
  license: launcher.license,
  homepage: launcher.homepage,
  repository: launcher.repository,
  bugs: launcher.bugs,
};

for (const [key, binary] of binaries) {
  const platform = PLATFORMS.find((p) => p.key === key);
  if (!statSync(binary, { throwIfNoEntry: false })?.isFile()) fail(`${binary} is not a file`);
  const dir = join(out, `cli-${key}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const exe = binaryFile(platform.os);
  copyFileSync(binary, join(dir, exe));
  chmodSync(join(dir, exe), 0o755);
  const manifest = {
    name: packageName(key),
    ...common,
    description: `The cdklint binary for ${key}; installed by the \`cdklint\` package, not meant to be used directly.`,
    os: [platform.os],
    cpu: [platform.cpu],
    ...(platform.libc ? { libc: [platform.libc] } : {}),
    files: [exe],
    // Yarn PnP: keep the binary on disk so it can be executed.
    preferUnplugged: true,
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(
    join(dir, 'README.md'),
    `# ${manifest.name}\n\nThe \`cdklint\` binary for ${key}. Install [\`cdklint\`](https://www.npmjs.com/package/cdklint) instead; it selects this package on ${key}.\n`,
  );
  console.log(`${manifest.name}@${version}  ${dir}`);
}

// The launcher: the checked-in package with every platform package pinned to this version.
const launcherDir = join(out, 'cdklint');
rmSync(launcherDir, { recursive: true, force: true });
mkdirSync(join(launcherDir, 'bin'), { recursive: true });
copyFileSync(join(npmRoot, 'cdklint', 'bin', 'cdklint.js'), join(launcherDir, 'bin', 'cdklint.js'));
chmodSync(join(launcherDir, 'bin', 'cdklint.js'), 0o755);
copyFileSync(join(npmRoot, 'cdklint', 'README.md'), join(launcherDir, 'README.md'));
launcher.version = version;
launcher.optionalDependencies = Object.fromEntries(PLATFORMS.map((p) => [packageName(p.key), version]));
writeFileSync(join(launcherDir, 'package.json'), `${JSON.stringify(launcher, null, 2)}\n`);
console.log(`cdklint@${version}  ${launcherDir}`);
