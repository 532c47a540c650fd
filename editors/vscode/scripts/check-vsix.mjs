#!/usr/bin/env node
// Checks the packaged .vsix: the files VS Code needs are there, nothing that should have been
// left out (sources, tests, node_modules) slipped in, and the bundle really is self-contained.
//
// Usage: node scripts/check-vsix.mjs [--max-bytes N] [--bundled KEY] [file.vsix]
//   file.vsix defaults to <name>-<version>.vsix from package.json. The 2 MiB default limit is for
//   the platform-neutral package; a `vsce package --target …` build that bundles the server binary
//   under bin/ needs a larger --max-bytes. --bundled KEY (e.g. linux-x64) requires the executable
//   bin/KEY/cdklint[.exe] and nothing else under bin/; without it nothing may be under bin/.

import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryData, readZipEntries } from './zip.mjs';

const args = process.argv.slice(2);
let MAX_BYTES = 2 * 1024 * 1024;
const limitAt = args.indexOf('--max-bytes');
if (limitAt >= 0) {
  MAX_BYTES = Number(args[limitAt + 1]);
  if (!Number.isInteger(MAX_BYTES) || MAX_BYTES <= 0) {
    console.error('check-vsix: --max-bytes needs a positive integer');
    process.exit(2);
  }
  args.splice(limitAt, 2);
}
let bundled;
const bundledAt = args.indexOf('--bundled');
if (bundledAt >= 0) {
  bundled = args[bundledAt + 1];
  args.splice(bundledAt, 2);
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsixPath = resolve(args[0] ?? join(root, `${manifest.name}-${manifest.version}.vsix`));

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

let buf;
try {
  buf = readFileSync(vsixPath);
} catch (error) {
  console.error(`check-vsix: cannot read ${vsixPath}: ${error.message}`);
  process.exit(1);
}
const entries = readZipEntries(buf);
const names = entries.map((e) => e.name);
const byName = new Map(entries.map((e) => [e.name, e]));
const totalBytes = statSync(vsixPath).size;

check(byName.has('extension/package.json'), 'extension/package.json is missing');
check(byName.has('extension/dist/extension.js'), 'extension/dist/extension.js is missing');
check(byName.has('extension.vsixmanifest'), 'extension.vsixmanifest is missing');
// vsce renames these (readme.md, changelog.md, LICENSE.txt), so compare loosely.
const lowerNames = new Set(names.map((n) => n.toLowerCase()));
for (const doc of ['extension/readme.md', 'extension/license', 'extension/changelog.md']) {
  check(lowerNames.has(doc) || lowerNames.has(`${doc}.txt`), `${doc} is missing`);
}
const banned = [
  [/(^|\/)node_modules\//, 'node_modules/'],
  [/^extension\/src\//, 'src/'],
  [/^extension\/(test|out)\//, 'tests'],
  [/\.ts$/, 'TypeScript sources'],
  [/\.map$/, 'source maps'],
  [/^extension\/scripts\//, 'build scripts'],
];
for (const [pattern, what] of banned) {
  const hits = names.filter((n) => pattern.test(n));
  check(hits.length === 0, `${what} must not be packaged: ${hits.slice(0, 5).join(', ')}`);
}
const binEntries = names.filter((n) => n.startsWith('extension/bin/') && !n.endsWith('/'));
if (bundled === undefined) {
  check(binEntries.length === 0, `a platform-neutral .vsix must not bundle binaries: ${binEntries.join(', ')}`);
} else {
  const exe = `extension/bin/${bundled}/${bundled.startsWith('win32-') ? 'cdklint.exe' : 'cdklint'}`;
  check(binEntries.length === 1 && binEntries[0] === exe, `expected only ${exe} under bin/, found: ${binEntries.join(', ') || 'nothing'}`);
  const mode = byName.get(exe)?.mode;
  check(bundled.startsWith('win32-') || (mode !== undefined && (mode & 0o111) !== 0), `${exe} is not executable in the archive (mode ${mode?.toString(8)})`);
}
check(totalBytes < MAX_BYTES, `the .vsix is ${totalBytes} bytes, over the ${MAX_BYTES}-byte limit`);

const packagedManifest = byName.has('extension/package.json')
  ? JSON.parse(entryData(buf, byName.get('extension/package.json')).toString('utf8'))
  : {};
check(packagedManifest.main === './dist/extension.js', `packaged "main" is ${packagedManifest.main}`);
check(packagedManifest.version === manifest.version, 'packaged version differs from package.json');

if (byName.has('extension/dist/extension.js')) {
  // Only `vscode` (provided by the editor) and node built-ins may be required at run time:
  // anything else would be missing, because node_modules is not packaged.
  const bundle = entryData(buf, byName.get('extension/dist/extension.js')).toString('utf8');
  const required = new Set([...bundle.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
  const { builtinModules } = await import('node:module');
  const external = [...required].filter(
    (m) => m !== 'vscode' && !m.startsWith('node:') && !builtinModules.includes(m.split('/')[0]),
  );
  check(external.length === 0, `the bundle requires modules that are not packaged: ${external.join(', ')}`);
  check(bundle.includes('cdklint.restartServer'), 'the bundle does not look like the cdklint extension');
}

console.log(`check-vsix: ${vsixPath}`);
console.log(`  ${entries.length} entries, ${(totalBytes / 1024).toFixed(1)} KiB`);
for (const e of entries) console.log(`  ${String(e.size).padStart(9)}  ${e.name}`);
if (failures.length > 0) {
  for (const f of failures) console.error(`FAIL: ${f}`);
  process.exit(1);
}
console.log('check-vsix: OK');
