// The parts that touch the real file system and spawn processes, run against a fake `cdklint`.

import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { discoverBinary } from '../src/core/discovery';
import { type Exec, explainRule } from '../src/core/explain';
import { probeExecutable } from '../src/core/probe';

const posixOnly = { skip: process.platform === 'win32' ? 'uses a /bin/sh script as the fake binary' : false };

const FAKE_CDKLINT = `#!/bin/sh
if [ "$1" = explain ]; then
  case "$2" in
    DNS001) printf '# DNS001: alb-record-not-alias\\n\\nargs: %s\\n' "$*" ;;
    EMPTY1) ;;
    *) echo "error: unknown rule $2" >&2; exit 2 ;;
  esac
fi
`;

describe('with a fake cdklint on disk', posixOnly, () => {
  let root = '';
  let binDir = '';
  let binary = '';

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'cdklint-ext-test-'));
    binDir = path.join(root, 'bin');
    mkdirSync(binDir);
    binary = path.join(binDir, 'cdklint');
    writeFileSync(binary, FAKE_CDKLINT);
    chmodSync(binary, 0o755);
    writeFileSync(path.join(root, 'not-executable'), 'x');
    chmodSync(path.join(root, 'not-executable'), 0o644);
  });

  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('probe accepts an executable file only', async () => {
    assert.equal(await probeExecutable(binary), true);
    assert.equal(await probeExecutable(path.join(root, 'not-executable')), false);
    assert.equal(await probeExecutable(binDir), false, 'a directory is not a binary');
    assert.equal(await probeExecutable(path.join(root, 'missing')), false);
  });

  it('discovery finds it on PATH with the real probe', async () => {
    const result = await discoverBinary(
      {
        configuredPath: undefined,
        workspaceFolders: [],
        extensionPath: path.join(root, 'extension'),
        platform: process.platform,
        arch: process.arch,
        env: { PATH: [path.join(root, 'empty'), binDir].join(path.delimiter) },
        homeDir: root,
      },
      probeExecutable,
    );
    assert.deepEqual(result, { kind: 'found', path: binary, source: 'path' });
  });

  it('discovery finds the bundled copy under bin/<platform>-<arch>/', async () => {
    const extensionPath = path.join(root, 'extension');
    const bundled = path.join(extensionPath, 'bin', `${process.platform}-${process.arch}`, 'cdklint');
    mkdirSync(path.dirname(bundled), { recursive: true });
    writeFileSync(bundled, FAKE_CDKLINT);
    chmodSync(bundled, 0o755);
    const result = await discoverBinary(
      {
        configuredPath: '',
        workspaceFolders: [],
        extensionPath,
        platform: process.platform,
        arch: process.arch,
        // Nothing on PATH: the bundled copy is the last resort.
        env: { PATH: path.join(root, 'empty') },
        homeDir: root,
      },
      probeExecutable,
    );
    assert.deepEqual(result, { kind: 'found', path: bundled, source: 'bundled' });
  });

  it('explain passes `explain CODE` and returns the markdown', async () => {
    const markdown = await explainRule(binary, 'DNS001');
    assert.match(markdown, /^# DNS001: alb-record-not-alias/);
    assert.match(markdown, /args: explain DNS001$/m);
  });

  it("explain surfaces the binary's error text", async () => {
    await assert.rejects(explainRule(binary, 'XYZ999'), /unknown rule XYZ999/);
  });

  it('explain rejects empty output', async () => {
    await assert.rejects(explainRule(binary, 'EMPTY1'), /printed nothing/);
  });
});

describe('explainRule argument checks', () => {
  it('never runs the binary for something that is not a rule code', async () => {
    let calls = 0;
    const exec: Exec = () => {
      calls += 1;
      return Promise.resolve({ stdout: 'x', stderr: '' });
    };
    await assert.rejects(explainRule('/bin/cdklint', '--version', exec), /not a rule code/);
    assert.equal(calls, 0);
    assert.equal(await explainRule('/bin/cdklint', 'NET001', exec), 'x');
    assert.equal(calls, 1);
  });
});
