export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
  /** Unix permission bits, when the archive was made on Unix. */
  readonly mode: number | undefined;
}
export function readZipEntries(buf: Buffer): ZipEntry[];
export function entryData(buf: Buffer, entry: ZipEntry): Buffer;
