// Identifiers shared by the extension glue, package.json and the tests.
// Kept free of `vscode` imports so the manifest test can check them against package.json.

/** Configuration section; also the client id, so `cdklint.trace.server` drives protocol tracing. */
export const SECTION = 'cdklint';

/** `source` the server puts on every diagnostic; used to find the rule code under the cursor. */
export const DIAGNOSTIC_SOURCE = 'cdklint';

/** Code action kind the server answers for fix-all; also what fix-on-save asks for. */
export const FIX_ALL_KIND = 'source.fixAll.cdklint';

/** Languages the server lints. TSX/JSX use the TSX grammar server-side. */
export const DOCUMENT_LANGUAGES = [
  'typescript',
  'typescriptreact',
  'javascript',
  'javascriptreact',
  'python',
] as const;

/** Config files the server re-reads when they change on disk. */
export const WATCHED_FILES = ['**/cdklint.toml', '**/pyproject.toml'] as const;

/**
 * Plain-object form of a `vscode.DocumentFilter`, so it can be built and tested without VS Code.
 * Untitled buffers are included: the server lints in-memory text and never needs the file on disk.
 */
export interface DocumentFilterLike {
  readonly scheme: string;
  readonly language?: string;
  readonly pattern?: string;
}

export const DOCUMENT_SELECTOR: readonly DocumentFilterLike[] = [
  ...DOCUMENT_LANGUAGES.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  // The server reports config errors (bad key, bad rule code) as diagnostics on the file itself.
  { scheme: 'file', pattern: '**/cdklint.toml' },
];

export const COMMANDS = {
  restartServer: 'cdklint.restartServer',
  showOutput: 'cdklint.showOutput',
  fixAll: 'cdklint.fixAll',
  explainRule: 'cdklint.explainRule',
} as const;

/** Every setting the extension contributes, without the `cdklint.` prefix. */
export const SETTING_KEYS = [
  'enable',
  'path',
  'select',
  'ignore',
  'severity',
  'production',
  'trace.server',
] as const;

export type SettingKey = (typeof SETTING_KEYS)[number];

/** Name of the server binary for a platform (`process.platform` values). */
export function binaryName(platform: string): string {
  return platform === 'win32' ? 'cdklint.exe' : 'cdklint';
}
