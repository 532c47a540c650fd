// Drives the real extension entry point against the `vscode` stand-in in ./mock/vscode.ts
// (esbuild aliases `vscode` to it for the tests). Covers the paths that need no running server:
// activation, the disabled state, and the "binary not found" notification policy.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';
import { setImmediate as tick } from 'node:timers/promises';
import type * as vscode from 'vscode';
import { COMMANDS } from '../src/core/constants';
import { activate, deactivate } from '../src/extension';
import { mock } from './mock/vscode';

const scratch = mkdtempSync(path.join(tmpdir(), 'cdklint-activation-'));
const MISSING = path.join(scratch, 'no-such-cdklint');

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2000 && !condition(); i++) {
    await tick();
  }
  assert.ok(condition(), `timed out waiting for ${what}`);
}

/** Lets queued start/stop work finish. */
async function settle(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await tick();
  }
}

function start(): vscode.ExtensionContext {
  const context = { subscriptions: [] as { dispose(): unknown }[], extensionPath: scratch };
  activate(context as unknown as vscode.ExtensionContext);
  return context as unknown as vscode.ExtensionContext;
}

async function stop(context: vscode.ExtensionContext): Promise<void> {
  await deactivate();
  for (const d of context.subscriptions) {
    await d.dispose();
  }
}

describe('activation', () => {
  beforeEach(() => {
    mock.reset();
  });
  after(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('registers every command and a status item that opens the output', async () => {
    mock.config.set('cdklint.enable', false);
    const context = start();
    await until(() => mock.status.text !== '', 'the status item');
    assert.deepEqual([...mock.commands.keys()].sort(), Object.values(COMMANDS).sort());
    assert.equal(mock.status.command, COMMANDS.showOutput);
    await mock.commands.get(COMMANDS.showOutput)?.();
    assert.ok(mock.log.includes('<shown>'));
    await stop(context);
  });

  it('does not look for the binary when cdklint.enable is false', async () => {
    mock.config.set('cdklint.enable', false);
    mock.config.set('cdklint.path', MISSING);
    const context = start();
    await until(() => mock.status.text.includes('circle-slash'), 'the disabled state');
    await settle();
    assert.deepEqual(mock.errors, []);
    assert.ok(!mock.log.some((l) => l.includes(MISSING)));
    await stop(context);
  });

  it('reports a missing binary once, with install instructions, and shows it in the status bar', async () => {
    mock.config.set('cdklint.path', MISSING);
    const context = start();
    await until(() => mock.errors.length > 0, 'the error message');
    assert.match(mock.status.text, /\$\(error\)/);
    assert.equal(mock.errors.length, 1);
    assert.match(mock.errors[0] ?? '', /cdklint\.path points to/);
    assert.match(mock.errors[0] ?? '', /npm i -D cdklint/);

    // Automatic retries (here: cdklint.enable toggled) look again but stay quiet.
    const logged = mock.log.length;
    mock.changeSettings('cdklint.enable');
    await until(() => mock.log.length > logged, 'a second discovery');
    await settle();
    assert.equal(mock.errors.length, 1);

    // A rule setting change neither restarts nor re-discovers.
    const before = mock.log.length;
    mock.changeSettings('cdklint.select');
    await settle();
    assert.equal(mock.log.length, before);
    assert.equal(mock.errors.length, 1);
    await stop(context);
  });

  it('reports again when the user restarts by hand or changes cdklint.path', async () => {
    mock.config.set('cdklint.path', MISSING);
    const context = start();
    await until(() => mock.errors.length === 1, 'the first error');

    await mock.commands.get(COMMANDS.restartServer)?.();
    assert.equal(mock.errors.length, 2);

    mock.config.set('cdklint.path', `${MISSING}-2`);
    mock.changeSettings('cdklint.path');
    await until(() => mock.errors.length === 3, 'the error after the path change');
    assert.match(mock.errors[2] ?? '', /no-such-cdklint-2/);
    await stop(context);
  });

  it('"Open Settings" opens the cdklint.path setting', async () => {
    mock.config.set('cdklint.path', MISSING);
    mock.errorChoice = 'Open Settings';
    const context = start();
    await until(() => mock.executed.some((e) => e.command === 'workbench.action.openSettings'), 'the settings UI');
    assert.deepEqual(mock.executed.find((e) => e.command === 'workbench.action.openSettings')?.args, ['cdklint.path']);
    await stop(context);
  });
});
