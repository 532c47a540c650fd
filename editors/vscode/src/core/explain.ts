// Running `cdklint explain CODE` to get a rule's documentation as markdown.

import { execFile } from 'node:child_process';
import { isRuleCode } from './diagnostics';

export interface ExecResult {
  readonly stdout: string;
  readonly stderr: string;
}

/** `execFile` in promise form; injected so tests can count calls or fake failures. */
export type Exec = (file: string, args: readonly string[], timeoutMs: number) => Promise<ExecResult>;

export const execFileText: Exec = (file, args, timeoutMs) =>
  new Promise((resolve, reject) => {
    execFile(
      file,
      [...args],
      { timeout: timeoutMs, maxBuffer: 4 * 1024 * 1024, windowsHide: true, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          const detail = stderr.trim();
          reject(new Error(detail === '' ? error.message : `${error.message}\n${detail}`));
          return;
        }
        resolve({ stdout, stderr });
      },
    );
  });

/** The markdown doc page of `code`; rejects with the binary's own error text on failure. */
export async function explainRule(binary: string, code: string, exec: Exec = execFileText): Promise<string> {
  if (!isRuleCode(code)) {
    throw new Error(`"${code}" is not a rule code`);
  }
  const { stdout } = await exec(binary, ['explain', code], 10_000);
  if (stdout.trim() === '') {
    throw new Error(`cdklint explain ${code} printed nothing`);
  }
  return stdout;
}
