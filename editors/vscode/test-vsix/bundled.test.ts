// The platform-specific .vsix, as VS Code would install it: unpack it, let the extension's own
// discovery find the binary it bundles (with nothing on PATH), start that binary as the language
// server and check it answers. Run by scripts/ci.sh after `vsce package --target`, with
// CDKLINT_VSIX naming the package.

import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  createProtocolConnection,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { entryData, readZipEntries } from '../scripts/zip.mjs';
import { discoverBinary } from '../src/core/discovery';
import { probeExecutable } from '../src/core/probe';

const SOURCE = `import * as ec2 from 'aws-cdk-lib/aws-ec2';
export const subnets = { subnetType: ec2.SubnetType.PRIVATE_WITH_NAT };
`;

describe('the platform-specific .vsix', () => {
  const vsix = process.env.CDKLINT_VSIX;
  let root = '';
  let server: ChildProcess | undefined;
  let connection: ProtocolConnection | undefined;

  before(() => {
    assert.ok(vsix, 'set CDKLINT_VSIX to the .vsix built with `vsce package --target`');
    root = mkdtempSync(path.join(tmpdir(), 'cdklint-vsix-'));
    const buf = readFileSync(vsix);
    for (const entry of readZipEntries(buf)) {
      if (entry.name.endsWith('/')) continue;
      const file = path.join(root, ...entry.name.split('/'));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, entryData(buf, entry));
      if (entry.mode !== undefined) chmodSync(file, entry.mode);
    }
  });

  after(() => {
    connection?.dispose();
    server?.kill();
    rmSync(root, { recursive: true, force: true });
  });

  it('is found by discovery as the bundled binary and serves diagnostics', async () => {
    const extensionPath = path.join(root, 'extension');
    const found = await discoverBinary(
      {
        configuredPath: undefined,
        workspaceFolders: [],
        extensionPath,
        platform: process.platform,
        arch: process.arch,
        env: { PATH: '' },
        homeDir: path.join(root, 'home'),
      },
      probeExecutable,
    );
    if (found.kind !== 'found') {
      assert.fail(`discovery found nothing; tried ${found.tried.join(', ')}`);
    }
    assert.equal(found.source, 'bundled');
    const binary = found.path;
    assert.ok(binary.startsWith(extensionPath + path.sep));

    const proc = spawn(binary, ['server'], { stdio: ['pipe', 'pipe', 'inherit'] });
    server = proc;
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    connection = conn;
    const published = new Promise<PublishDiagnosticsParams>((resolve) => {
      conn.onNotification(PublishDiagnosticsNotification.type, (params) => {
        if (params.diagnostics.length > 0) resolve(params);
      });
    });
    conn.listen();

    const workspace = path.join(root, 'app');
    mkdirSync(workspace);
    const file = path.join(workspace, 'network.ts');
    writeFileSync(file, SOURCE);
    const init = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      capabilities: {},
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'app' }],
    });
    assert.ok(typeof init === 'object' && init !== null && 'capabilities' in init);
    await conn.sendNotification('initialized', {});
    await conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: pathToFileURL(file).href, languageId: 'typescript', version: 1, text: SOURCE },
    });
    const diagnostics = await published;
    assert.deepEqual(
      diagnostics.diagnostics.map((d) => d.code),
      ['NET001'],
    );
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
  });
});
