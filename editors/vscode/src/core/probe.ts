// The real file-system probe used by discovery.

import { constants, promises as fs } from 'node:fs';

/** True when `file` is a regular file the current user may execute (on Windows: exists). */
export async function probeExecutable(file: string): Promise<boolean> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) {
      return false;
    }
    await fs.access(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
