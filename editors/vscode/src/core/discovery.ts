// Finding the `cdklint` binary. Pure: the file system is reached only through `probe`,
// and the platform, environment and folders come in as data, so every branch is testable
// on any OS (Windows path rules included, via `path.win32`).

import * as nodePath from 'node:path';
import { binaryName } from './constants';

/** True when `file` exists and can be executed. */
export type Probe = (file: string) => Promise<boolean>;

export interface FolderLike {
  readonly name: string;
  readonly path: string;
}

export interface DiscoveryInput {
  /** Raw `cdklint.path` value; anything that is not a non-blank string means "unset". */
  readonly configuredPath: unknown;
  /**
   * Whether the workspace is trusted. An untrusted workspace must not be able to make the editor
   * run a program it ships: then `cdklint.path` and the binaries inside the workspace folders
   * (`node_modules/.bin`, `.venv`) are skipped. Absent means trusted.
   */
  readonly trusted?: boolean;
  /** Open workspace folders, first one is `${workspaceFolder}`. */
  readonly workspaceFolders: readonly FolderLike[];
  /** Root of the installed extension (holds `bin/<platform>-<arch>/`). */
  readonly extensionPath: string;
  /** `process.platform` / `process.arch` values. */
  readonly platform: string;
  readonly arch: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homeDir: string | undefined;
}

export type BinarySource = 'setting' | 'nodeModules' | 'python' | 'path' | 'cargo' | 'bundled';

export type Discovery =
  | { readonly kind: 'found'; readonly path: string; readonly source: BinarySource }
  | {
      readonly kind: 'notFound';
      /** Every location that was probed, in order (shown in the output channel). */
      readonly tried: readonly string[];
      /** Set when `cdklint.path` was given but unusable; it is then the only thing tried. */
      readonly settingProblem?: string;
      /** Set when the workspace is untrusted, so workspace binaries and the setting were skipped. */
      readonly untrusted?: boolean;
    };

interface Candidate {
  readonly path: string;
  readonly source: BinarySource;
}

function pathApi(platform: string): nodePath.PlatformPath {
  return platform === 'win32' ? nodePath.win32 : nodePath.posix;
}

type Expanded = { readonly path: string } | { readonly problem: string } | undefined;

/**
 * Turns the `cdklint.path` setting into an absolute path.
 * Supports `${workspaceFolder}`, `${workspaceFolder:name}`, `${userHome}` and a leading `~`;
 * a relative path is taken relative to the first workspace folder, as VS Code users expect
 * from settings such as `./node_modules/.bin/...`.
 */
export function expandConfiguredPath(
  raw: unknown,
  folders: readonly FolderLike[],
  homeDir: string | undefined,
  platform: string,
): Expanded {
  if (typeof raw !== 'string' || raw.trim() === '') {
    return undefined;
  }
  const p = pathApi(platform);
  let value = raw.trim();
  let problem: string | undefined;

  value = value.replace(/\$\{workspaceFolder(?::([^}]*))?\}/g, (whole, name: string | undefined) => {
    const folder = name === undefined ? folders[0] : folders.find((f) => f.name === name);
    if (folder === undefined) {
      problem ??=
        name === undefined
          ? `cdklint.path uses ${whole} but no workspace folder is open`
          : `cdklint.path uses ${whole} but no open workspace folder is named "${name}"`;
      return whole;
    }
    return folder.path;
  });
  if (value.includes('${userHome}') || /^~(?=$|[\\/])/.test(value)) {
    if (homeDir === undefined) {
      problem ??= 'cdklint.path refers to the home directory, which is unknown';
    } else {
      value = value.replace(/\$\{userHome\}/g, homeDir).replace(/^~(?=$|[\\/])/, homeDir);
    }
  }
  if (problem !== undefined) {
    return { problem };
  }
  if (!p.isAbsolute(value)) {
    const base = folders[0];
    if (base === undefined) {
      return { problem: `cdklint.path "${raw.trim()}" is relative but no workspace folder is open` };
    }
    value = p.join(base.path, value);
  }
  return { path: p.normalize(value) };
}

/** Reads an environment variable; Windows names are case-insensitive (`Path` vs `PATH`). */
function getEnv(env: DiscoveryInput['env'], name: string, platform: string): string | undefined {
  if (platform !== 'win32') {
    return env[name];
  }
  const key = Object.keys(env).find((k) => k.toUpperCase() === name);
  return key === undefined ? undefined : env[key];
}

/** `bin/<platform>-<arch>/cdklint[.exe]` inside the extension: the layout `vsce --target` packs. */
export function bundledBinaryPath(extensionPath: string, platform: string, arch: string): string {
  return pathApi(platform).join(extensionPath, 'bin', `${platform}-${arch}`, binaryName(platform));
}

/** Directories of PATH in order. Relative entries are skipped: they would resolve against an arbitrary cwd. */
export function pathDirectories(env: DiscoveryInput['env'], platform: string): string[] {
  const p = pathApi(platform);
  const raw = getEnv(env, 'PATH', platform) ?? '';
  const dirs: string[] = [];
  for (let entry of raw.split(p.delimiter)) {
    entry = entry.trim();
    if (platform === 'win32') {
      entry = entry.replace(/^"(.*)"$/, '$1');
    }
    if (entry !== '' && p.isAbsolute(entry) && !dirs.includes(entry)) {
      dirs.push(entry);
    }
  }
  return dirs;
}

/**
 * Where `cargo install` puts binaries. Checked last because an editor started from a desktop
 * launcher often lacks `~/.cargo/bin` on its PATH even though the user's shell has it.
 */
function cargoBinDirectory(input: DiscoveryInput): string | undefined {
  const p = pathApi(input.platform);
  const cargoHome = getEnv(input.env, 'CARGO_HOME', input.platform);
  if (cargoHome !== undefined && cargoHome.trim() !== '') {
    return p.join(cargoHome.trim(), 'bin');
  }
  return input.homeDir === undefined ? undefined : p.join(input.homeDir, '.cargo', 'bin');
}

/** `bin` (POSIX) or `Scripts` (Windows): where a virtual environment keeps its console scripts. */
function venvScripts(venv: string, platform: string): string {
  return pathApi(platform).join(venv, platform === 'win32' ? 'Scripts' : 'bin');
}

/**
 * The automatic candidates (used when `cdklint.path` is unset), in priority order, without
 * duplicates: the project's own install first (`npm i -D cdklint` puts it in
 * `node_modules/.bin`, `pip install cdklint` in the project's virtual environment), so the
 * editor runs the version the project pinned; then the user's install (PATH, cargo); last the
 * binary bundled with a platform-specific `.vsix`, which works with nothing installed.
 */
export function automaticCandidates(input: DiscoveryInput): Candidate[] {
  const p = pathApi(input.platform);
  const exe = binaryName(input.platform);
  const trusted = input.trusted ?? true;
  const list: Candidate[] = [];
  if (trusted) {
    // Windows has only `.cmd` shims in node_modules/.bin, which need a shell to run; the
    // launcher package installs the real binary there only on POSIX systems.
    if (input.platform !== 'win32') {
      for (const folder of input.workspaceFolders) {
        list.push({ path: p.join(folder.path, 'node_modules', '.bin', exe), source: 'nodeModules' });
      }
    }
    for (const folder of input.workspaceFolders) {
      for (const venv of ['.venv', 'venv']) {
        list.push({ path: p.join(venvScripts(p.join(folder.path, venv), input.platform), exe), source: 'python' });
      }
    }
  }
  // The environment the editor was started from (e.g. `code .` in an activated venv) is the
  // user's, not the workspace's, so it is honoured in untrusted workspaces too.
  const activeVenv = getEnv(input.env, 'VIRTUAL_ENV', input.platform)?.trim();
  if (activeVenv !== undefined && activeVenv !== '' && p.isAbsolute(activeVenv)) {
    list.push({ path: p.join(venvScripts(activeVenv, input.platform), exe), source: 'python' });
  }
  list.push(...pathDirectories(input.env, input.platform).map((dir) => ({ path: p.join(dir, exe), source: 'path' as const })));
  const cargoDir = cargoBinDirectory(input);
  if (cargoDir !== undefined) {
    list.push({ path: p.join(cargoDir, exe), source: 'cargo' });
  }
  list.push({ path: bundledBinaryPath(input.extensionPath, input.platform, input.arch), source: 'bundled' });
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = p.normalize(c.path);
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

/**
 * Finds the server binary: `cdklint.path` (trusted workspaces only), then the project's
 * `node_modules/.bin`, the Python environment, PATH, cargo's bin directory and the binary
 * bundled in the extension.
 *
 * An explicit `cdklint.path` that does not point at an executable is reported instead of
 * silently falling back: running a different binary than the one the user chose would hide
 * the mistake (and possibly run an older cdklint with different rules).
 */
export async function discoverBinary(input: DiscoveryInput, probe: Probe): Promise<Discovery> {
  const trusted = input.trusted ?? true;
  const configured = !trusted ? undefined : expandConfiguredPath(input.configuredPath, input.workspaceFolders, input.homeDir, input.platform);
  if (configured !== undefined) {
    if ('problem' in configured) {
      return { kind: 'notFound', tried: [], settingProblem: configured.problem };
    }
    if (await probe(configured.path)) {
      return { kind: 'found', path: configured.path, source: 'setting' };
    }
    return {
      kind: 'notFound',
      tried: [configured.path],
      settingProblem: `cdklint.path points to "${configured.path}", which does not exist or is not executable`,
    };
  }

  const tried: string[] = [];
  for (const candidate of automaticCandidates(input)) {
    tried.push(candidate.path);
    if (await probe(candidate.path)) {
      return { kind: 'found', path: candidate.path, source: candidate.source };
    }
  }
  return trusted ? { kind: 'notFound', tried } : { kind: 'notFound', tried, untrusted: true };
}

/** Install hint shared by the error notification and the README. */
export const INSTALL_HINT =
  'Install it into the project with `npm i -D cdklint` or `pip install cdklint` (then reload), install the extension for your platform from the Marketplace (it bundles the binary), or set `cdklint.path` to the binary.';

/** The one-line message for the error notification. */
export function notFoundMessage(result: Extract<Discovery, { kind: 'notFound' }>): string {
  if (result.settingProblem !== undefined) {
    return `cdklint: ${result.settingProblem}. ${INSTALL_HINT}`;
  }
  const where = result.untrusted
    ? 'not on PATH and not bundled with this extension; the workspace is untrusted, so `cdklint.path` and the binaries inside it (node_modules/.bin, .venv) were not considered'
    : 'not in node_modules/.bin, the Python environment or PATH, and not bundled with this extension';
  return `cdklint: the \`cdklint\` binary was not found (${where}). ${INSTALL_HINT}`;
}

/** Human description of where a binary came from, for the output channel. */
export function describeSource(source: BinarySource): string {
  switch (source) {
    case 'setting':
      return 'the cdklint.path setting';
    case 'nodeModules':
      return "the project's node_modules/.bin (npm package cdklint)";
    case 'python':
      return 'the Python environment (PyPI package cdklint)';
    case 'path':
      return 'PATH';
    case 'cargo':
      return "cargo's bin directory";
    case 'bundled':
      return 'the binary bundled with the extension';
  }
}
