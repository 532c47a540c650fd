// A small reader for zip archives (a .vsix is one), so the packaging checks and tests run
// wherever node does, with no `unzip` and no extra dependency.

import { inflateRawSync } from 'node:zlib';

/** Lists the entries of a zip archive: name, sizes, Unix mode and how to get at the data. */
export function readZipEntries(buf) {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  // The end-of-central-directory record sits in the last 22 + up to 65535 (comment) bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end-of-central-directory record)');
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new Error('zip64 archives are not expected for a .vsix');
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(offset) !== CENTRAL) throw new Error(`bad central directory entry at ${offset}`);
    const madeBy = buf.readUInt16LE(offset + 4) >> 8;
    const method = buf.readUInt16LE(offset + 10);
    const compressedSize = buf.readUInt32LE(offset + 20);
    const size = buf.readUInt32LE(offset + 24);
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    const externalAttributes = buf.readUInt32LE(offset + 38);
    const localHeader = buf.readUInt32LE(offset + 42);
    const name = buf.toString('utf8', offset + 46, offset + 46 + nameLength);
    // Archives made on Unix (host 3) keep the file mode in the high 16 bits; that is what
    // VS Code restores when it installs the extension, so an executable must have it set.
    const mode = madeBy === 3 ? (externalAttributes >>> 16) & 0o7777 : undefined;
    entries.push({ name, method, compressedSize, size, localHeader, mode });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of one entry (stored or deflated, the only methods vsce uses). */
export function entryData(buf, entry) {
  const h = entry.localHeader;
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  const raw = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return raw;
  if (entry.method === 8) return inflateRawSync(raw);
  throw new Error(`${entry.name}: unsupported compression method ${entry.method}`);
}
