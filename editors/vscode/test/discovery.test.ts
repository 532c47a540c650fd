import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  automaticCandidates,
  type DiscoveryInput,
  discoverBinary,
  expandConfiguredPath,
  notFoundMessage,
  pathDirectories,
  type Probe,
} from '../src/core/discovery';

const linux: DiscoveryInput = {
  configuredPath: null,
  workspaceFolders: [
    { name: 'app', path: '/home/dev/app' },
    { name: 'infra', path: '/home/dev/infra' },
  ],
  extensionPath: '/ext/cdklint-0.1.0',
  platform: 'linux',
  arch: 'x64',
  env: { PATH: '/usr/local/bin:/usr/bin' },
  homeDir: '/home/dev',
};

const BUNDLED = '/ext/cdklint-0.1.0/bin/linux-x64/cdklint';
/** What the project folders can hold, in the order discovery looks. */
const PROJECT = [
  '/home/dev/app/node_modules/.bin/cdklint',
  '/home/dev/infra/node_modules/.bin/cdklint',
  '/home/dev/app/.venv/bin/cdklint',
  '/home/dev/app/venv/bin/cdklint',
  '/home/dev/infra/.venv/bin/cdklint',
  '/home/dev/infra/venv/bin/cdklint',
];

/** A probe over a fixed set of existing files that records what was asked, in order. */
function fakeFs(...existing: string[]): { probe: Probe; asked: string[] } {
  const asked: string[] = [];
  const files = new Set(existing);
  return {
    asked,
    probe: (file) => {
      asked.push(file);
      return Promise.resolve(files.has(file));
    },
  };
}

describe('discoverBinary order', () => {
  it('prefers cdklint.path over the bundled binary and PATH', async () => {
    const fs = fakeFs('/opt/cdklint/cdklint', BUNDLED, '/usr/bin/cdklint');
    const result = await discoverBinary({ ...linux, configuredPath: '/opt/cdklint/cdklint' }, fs.probe);
    assert.deepEqual(result, { kind: 'found', path: '/opt/cdklint/cdklint', source: 'setting' });
    assert.deepEqual(fs.asked, ['/opt/cdklint/cdklint']);
  });

  it("prefers the project's node_modules/.bin over everything but the setting", async () => {
    const fs = fakeFs('/home/dev/infra/node_modules/.bin/cdklint', '/home/dev/app/.venv/bin/cdklint', '/usr/bin/cdklint', BUNDLED);
    const result = await discoverBinary(linux, fs.probe);
    assert.deepEqual(result, { kind: 'found', path: '/home/dev/infra/node_modules/.bin/cdklint', source: 'nodeModules' });
  });

  it("then the project's virtual environment, then the active one", async () => {
    const env = { ...linux.env, VIRTUAL_ENV: '/opt/venv' };
    let result = await discoverBinary({ ...linux, env }, fakeFs('/home/dev/app/venv/bin/cdklint', '/opt/venv/bin/cdklint').probe);
    assert.deepEqual(result, { kind: 'found', path: '/home/dev/app/venv/bin/cdklint', source: 'python' });
    result = await discoverBinary({ ...linux, env }, fakeFs('/opt/venv/bin/cdklint', '/usr/bin/cdklint').probe);
    assert.deepEqual(result, { kind: 'found', path: '/opt/venv/bin/cdklint', source: 'python' });
  });

  it('prefers PATH over the bundled binary', async () => {
    const fs = fakeFs(BUNDLED, '/usr/bin/cdklint');
    const result = await discoverBinary(linux, fs.probe);
    assert.deepEqual(result, { kind: 'found', path: '/usr/bin/cdklint', source: 'path' });
  });

  it('falls back to the bundled binary last', async () => {
    const fs = fakeFs(BUNDLED);
    const result = await discoverBinary(linux, fs.probe);
    assert.deepEqual(result, { kind: 'found', path: BUNDLED, source: 'bundled' });
    assert.deepEqual(fs.asked, [...PROJECT, '/usr/local/bin/cdklint', '/usr/bin/cdklint', '/home/dev/.cargo/bin/cdklint', BUNDLED]);
  });

  it('in an untrusted workspace ignores cdklint.path and binaries inside the workspace', async () => {
    const fs = fakeFs('/opt/cdklint/cdklint', '/home/dev/app/node_modules/.bin/cdklint', '/home/dev/app/.venv/bin/cdklint', BUNDLED);
    const result = await discoverBinary({ ...linux, trusted: false, configuredPath: '/opt/cdklint/cdklint' }, fs.probe);
    assert.deepEqual(result, { kind: 'found', path: BUNDLED, source: 'bundled' });
    assert.deepEqual(fs.asked, ['/usr/local/bin/cdklint', '/usr/bin/cdklint', '/home/dev/.cargo/bin/cdklint', BUNDLED]);
    const none = await discoverBinary({ ...linux, trusted: false }, fakeFs().probe);
    assert.equal(none.kind === 'notFound' && none.untrusted, true);
    assert.match(notFoundMessage(none as Extract<typeof none, { kind: 'notFound' }>), /untrusted/);
  });

  it('earlier PATH entries win over later ones', async () => {
    const fs = fakeFs('/usr/local/bin/cdklint', '/usr/bin/cdklint');
    const result = await discoverBinary(linux, fs.probe);
    assert.equal(result.kind === 'found' && result.path, '/usr/local/bin/cdklint');
  });

  it("tries cargo's bin directory after PATH", async () => {
    const fs = fakeFs('/home/dev/.cargo/bin/cdklint');
    const result = await discoverBinary(linux, fs.probe);
    assert.deepEqual(result, { kind: 'found', path: '/home/dev/.cargo/bin/cdklint', source: 'cargo' });
  });

  it('uses CARGO_HOME instead of ~/.cargo when set', async () => {
    const fs = fakeFs('/srv/cargo/bin/cdklint', '/home/dev/.cargo/bin/cdklint');
    const result = await discoverBinary({ ...linux, env: { ...linux.env, CARGO_HOME: '/srv/cargo' } }, fs.probe);
    assert.equal(result.kind === 'found' && result.path, '/srv/cargo/bin/cdklint');
  });

  it('returns notFound listing every probed location when nothing exists', async () => {
    const fs = fakeFs();
    const result = await discoverBinary(linux, fs.probe);
    assert.equal(result.kind, 'notFound');
    assert.deepEqual(result.tried, [
      ...PROJECT,
      '/usr/local/bin/cdklint',
      '/usr/bin/cdklint',
      '/home/dev/.cargo/bin/cdklint',
      BUNDLED,
    ]);
    assert.equal(result.settingProblem, undefined);
  });

  it('does not fall back when cdklint.path points at a missing file', async () => {
    const fs = fakeFs(BUNDLED, '/usr/bin/cdklint');
    const result = await discoverBinary({ ...linux, configuredPath: '/nope/cdklint' }, fs.probe);
    assert.equal(result.kind, 'notFound');
    assert.deepEqual(fs.asked, ['/nope/cdklint']);
    assert.match(result.settingProblem ?? '', /\/nope\/cdklint/);
  });

  it('treats an empty or blank setting as unset', async () => {
    for (const configuredPath of ['', '   ', null, undefined, 42]) {
      const result = await discoverBinary({ ...linux, configuredPath }, fakeFs(BUNDLED).probe);
      assert.deepEqual(result, { kind: 'found', path: BUNDLED, source: 'bundled' }, `setting ${String(configuredPath)}`);
    }
  });

  it('never probes the same location twice', async () => {
    const env = { PATH: '/usr/bin:/usr/bin:/home/dev/.cargo/bin' };
    const fs = fakeFs();
    await discoverBinary({ ...linux, env }, fs.probe);
    assert.deepEqual(fs.asked, [...PROJECT, '/usr/bin/cdklint', '/home/dev/.cargo/bin/cdklint', BUNDLED]);
  });
});

describe('cdklint.path expansion', () => {
  it('expands ${workspaceFolder} to the first folder', async () => {
    const fs = fakeFs('/home/dev/app/target/release/cdklint');
    const result = await discoverBinary(
      { ...linux, configuredPath: '${workspaceFolder}/target/release/cdklint' },
      fs.probe,
    );
    assert.deepEqual(result, { kind: 'found', path: '/home/dev/app/target/release/cdklint', source: 'setting' });
  });

  it('expands ${workspaceFolder:name} to the named folder', () => {
    assert.deepEqual(expandConfiguredPath('${workspaceFolder:infra}/bin/cdklint', linux.workspaceFolders, '/home/dev', 'linux'), {
      path: '/home/dev/infra/bin/cdklint',
    });
  });

  it('reports an unknown folder name instead of guessing', () => {
    const result = expandConfiguredPath('${workspaceFolder:web}/cdklint', linux.workspaceFolders, '/home/dev', 'linux');
    assert.ok(result !== undefined && 'problem' in result);
    assert.match(result.problem, /"web"/);
  });

  it('reports ${workspaceFolder} with no folder open as not found', async () => {
    const fs = fakeFs(BUNDLED);
    const result = await discoverBinary(
      { ...linux, workspaceFolders: [], configuredPath: '${workspaceFolder}/cdklint' },
      fs.probe,
    );
    assert.equal(result.kind, 'notFound');
    assert.match(result.settingProblem ?? '', /no workspace folder is open/);
    assert.deepEqual(fs.asked, []);
  });

  it('resolves a relative path against the first workspace folder', () => {
    assert.deepEqual(expandConfiguredPath('./tools/../bin/cdklint', linux.workspaceFolders, '/home/dev', 'linux'), {
      path: '/home/dev/app/bin/cdklint',
    });
  });

  it('expands ~ and ${userHome}', () => {
    assert.deepEqual(expandConfiguredPath('~/bin/cdklint', [], '/home/dev', 'linux'), { path: '/home/dev/bin/cdklint' });
    assert.deepEqual(expandConfiguredPath('${userHome}/bin/cdklint', [], '/home/dev', 'linux'), {
      path: '/home/dev/bin/cdklint',
    });
    // `~user` is not the current user's home and is left alone (it is then relative).
    assert.deepEqual(expandConfiguredPath('~other/cdklint', linux.workspaceFolders, '/home/dev', 'linux'), {
      path: '/home/dev/app/~other/cdklint',
    });
  });

  it('keeps an absolute path as it is', () => {
    assert.deepEqual(expandConfiguredPath('/usr/local/bin/cdklint', [], undefined, 'linux'), { path: '/usr/local/bin/cdklint' });
  });
});

describe('Windows', () => {
  const win: DiscoveryInput = {
    configuredPath: null,
    workspaceFolders: [{ name: 'app', path: 'C:\\src\\app' }],
    extensionPath: 'C:\\Users\\dev\\.vscode\\extensions\\cdklint.cdklint-0.1.0',
    platform: 'win32',
    arch: 'arm64',
    env: { Path: 'C:\\Windows;"C:\\Program Files\\cdklint";relative\\dir;', USERPROFILE: 'C:\\Users\\dev' },
    homeDir: 'C:\\Users\\dev',
  };

  it('looks in .venv\\Scripts, Path (case-insensitive, quoted, absolute only), then bin\\win32-<arch>\\cdklint.exe', () => {
    assert.deepEqual(
      automaticCandidates(win).map((c) => c.path),
      [
        'C:\\src\\app\\.venv\\Scripts\\cdklint.exe',
        'C:\\src\\app\\venv\\Scripts\\cdklint.exe',
        'C:\\Windows\\cdklint.exe',
        'C:\\Program Files\\cdklint\\cdklint.exe',
        'C:\\Users\\dev\\.cargo\\bin\\cdklint.exe',
        'C:\\Users\\dev\\.vscode\\extensions\\cdklint.cdklint-0.1.0\\bin\\win32-arm64\\cdklint.exe',
      ],
    );
  });

  it('expands ${workspaceFolder} with backslashes', () => {
    assert.deepEqual(expandConfiguredPath('${workspaceFolder}\\target\\release\\cdklint.exe', win.workspaceFolders, win.homeDir, 'win32'), {
      path: 'C:\\src\\app\\target\\release\\cdklint.exe',
    });
  });
});

describe('pathDirectories', () => {
  it('skips empty and relative entries, which would depend on the current directory', () => {
    assert.deepEqual(pathDirectories({ PATH: ':.:bin:/usr/bin::/bin' }, 'linux'), ['/usr/bin', '/bin']);
  });

  it('is empty without PATH', () => {
    assert.deepEqual(pathDirectories({}, 'linux'), []);
  });
});

describe('notFoundMessage', () => {
  it('gives the install instructions', () => {
    const message = notFoundMessage({ kind: 'notFound', tried: [] });
    assert.match(message, /npm i -D cdklint/);
    assert.match(message, /pip install cdklint/);
    assert.match(message, /cdklint\.path/);
  });

  it('names the bad setting when cdklint.path is the problem', () => {
    const message = notFoundMessage({ kind: 'notFound', tried: ['/x'], settingProblem: 'cdklint.path points to "/x"' });
    assert.match(message, /^cdklint: cdklint\.path points to "\/x"\./);
  });
});
