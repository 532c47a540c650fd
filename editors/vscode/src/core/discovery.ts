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

export type BinarySource = 'setting' | 'bundled' | 'path' | 'cargo';

export type Discovery =
  | { readonly kind: 'found'; readonly path: string; readonly source: BinarySource }
  | {
      readonly kind: 'notFound';
      /** Every location that was probed, in order (shown in the output channel). */
      readonly tried: readonly string[];
      /** Set when `cdklint.path` was given but unusable; it is then the only thing tried. */
      readonly settingProblem?: string;
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

/** The automatic candidates (used when `cdklint.path` is unset), in priority order, without duplicates. */
export function automaticCandidates(input: DiscoveryInput): Candidate[] {
  const p = pathApi(input.platform);
  const exe = binaryName(input.platform);
  const list: Candidate[] = [
    { path: bundledBinaryPath(input.extensionPath, input.platform, input.arch), source: 'bundled' },
    ...pathDirectories(input.env, input.platform).map((dir) => ({ path: p.join(dir, exe), source: 'path' as const })),
  ];
  const cargoDir = cargoBinDirectory(input);
  if (cargoDir !== undefined) {
    list.push({ path: p.join(cargoDir, exe), source: 'cargo' });
  }
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
 * Finds the server binary: `cdklint.path`, then the binary bundled in the extension, then PATH,
 * then cargo's bin directory.
 *
 * An explicit `cdklint.path` that does not point at an executable is reported instead of
 * silently falling back: running a different binary than the one the user chose would hide
 * the mistake (and possibly run an older cdklint with different rules).
 */
export async function discoverBinary(input: DiscoveryInput, probe: Probe): Promise<Discovery> {
  const configured = expandConfiguredPath(input.configuredPath, input.workspaceFolders, input.homeDir, input.platform);
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
  return { kind: 'notFound', tried };
}

/** Install hint shared by the error notification and the README. */
export const INSTALL_HINT =
  'Install it with `cargo install --path crates/cdklint_cli` from a cdklint checkout, or set `cdklint.path` to the binary.';

/** The one-line message for the error notification. */
export function notFoundMessage(result: Extract<Discovery, { kind: 'notFound' }>): string {
  const head =
    result.settingProblem !== undefined
      ? `cdklint: ${result.settingProblem}.`
      : 'cdklint: the `cdklint` binary was not found (not bundled with the extension, not on PATH).';
  return `${head} ${INSTALL_HINT}`;
}

/** Human description of where a binary came from, for the output channel. */
export function describeSource(source: BinarySource): string {
  switch (source) {
    case 'setting':
      return 'the cdklint.path setting';
    case 'bundled':
      return 'the binary bundled with the extension';
    case 'path':
      return 'PATH';
    case 'cargo':
      return "cargo's bin directory";
  }
}
