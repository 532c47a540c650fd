#!/usr/bin/env node
// Checks the npm packages generated into DIR and the release workflow against the platform
// table (npm/scripts/platforms.mjs): the launcher depends on every platform package at its own
// version, each generated platform package declares the os/cpu/libc npm selects it by and
// carries an executable binary, and the workflow builds exactly the table's Rust targets.
//
//   node tests/dist/check-npm-packages.mjs DIR

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binaryFile, packageName, PLATFORMS } from '../../npm/scripts/platforms.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = resolve(process.argv[2] ?? '');
const failures = [];
const check = (ok, message) => ok || failures.push(message);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

const source = readJson(join(root, 'npm', 'cdklint', 'package.json'));
const launcher = readJson(join(dir, 'cdklint', 'package.json'));
const wanted = PLATFORMS.map((p) => packageName(p.key)).sort();
check(same(Object.keys(source.optionalDependencies).sort(), wanted), 'npm/cdklint/package.json optionalDependencies differ from platforms.mjs');
check(same(Object.keys(launcher.optionalDependencies).sort(), wanted), 'generated launcher optionalDependencies differ from platforms.mjs');
for (const [name, version] of Object.entries(launcher.optionalDependencies)) {
  check(version === launcher.version, `${name} is pinned to ${version}, not the launcher's ${launcher.version}`);
}
check(launcher.bin?.cdklint === 'bin/cdklint.js', 'the launcher does not install a `cdklint` bin');

let platformPackages = 0;
for (const entry of readdirSync(dir)) {
  if (!entry.startsWith('cli-')) continue;
  platformPackages++;
  const manifest = readJson(join(dir, entry, 'package.json'));
  const platform = PLATFORMS.find((p) => packageName(p.key) === manifest.name);
  if (platform === undefined) {
    failures.push(`${entry}: ${manifest.name} is not in platforms.mjs`);
    continue;
  }
  check(manifest.version === launcher.version, `${manifest.name}: version ${manifest.version} differs from the launcher's`);
  check(same(manifest.os, [platform.os]) && same(manifest.cpu, [platform.cpu]), `${manifest.name}: os/cpu wrong`);
  check(same(manifest.libc, platform.libc ? [platform.libc] : undefined), `${manifest.name}: libc wrong`);
  const exe = join(dir, entry, binaryFile(platform.os));
  check(existsSync(exe) && (statSync(exe).mode & 0o111) !== 0, `${manifest.name}: ${exe} missing or not executable`);
  check(same(manifest.files, [binaryFile(platform.os)]), `${manifest.name}: files should hold only the binary`);
}
check(platformPackages > 0, 'no platform package was generated');

// The workflow's build matrix: every `target:` value in .github/workflows/release.yml.
const workflow = readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8');
const targets = [...workflow.matchAll(/^\s*-?\s*target:\s*([\w-]+)\s*$/gm)].map((m) => m[1]).sort();
check(same(targets, PLATFORMS.map((p) => p.target).sort()), `release.yml builds [${targets}], platforms.mjs lists [${PLATFORMS.map((p) => p.target)}]`);

for (const f of failures) console.error(`FAIL: ${f}`);
process.exit(failures.length === 0 ? 0 : 1);
