/**
 * Just enough of the zip format to vet an upload before ExcelJS touches it. ExcelJS (via JSZip)
 * inflates every entry completely and trusts the sizes a file declares, so a small upload could
 * unpack to gigabytes; here we read the central directory ourselves and inflate each entry as a
 * stream, counting real output bytes and stopping at the budget.
 */
import zlib from 'node:zlib';
import { ExcelFileError } from './errors';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  declaredSize: number;
  /** Offset of the entry's compressed bytes in the buffer. */
  dataOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
/** A workbook has a few dozen parts; thousands mean something is off. */
const MAX_ENTRIES = 5000;

const damaged = () => new ExcelFileError('DAMAGED');

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end of the file.
  const lowest = Math.max(0, buf.length - 22 - 0xffff);
  for (let at = buf.length - 22; at >= lowest; at--) {
    if (buf.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw damaged();
}

/** Lists the entries; throws DAMAGED for anything inconsistent (a truncated upload lands here). */
export function readZipEntries(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw damaged();
  const eocd = findEndOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === ZIP64_MARK || offset === ZIP64_MARK) throw damaged();
  if (count > MAX_ENTRIES) throw new ExcelFileError('TOO_LARGE');
  if (offset + size > eocd) throw damaged();

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || buf.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw damaged();
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const declaredSize = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localOffset = buf.readUInt32LE(at + 42);
    if (compressedSize === ZIP64_MARK || declaredSize === ZIP64_MARK || localOffset === ZIP64_MARK) throw damaged();
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) throw damaged();
    const dataOffset = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (dataOffset + compressedSize > buf.length) throw damaged();
    entries.push({ name, method, encrypted: (flags & 1) === 1, compressedSize, declaredSize, dataOffset });
  }
  return entries;
}

export class BudgetExceeded extends Error {}

/**
 * Inflates one entry as a stream, handing each chunk to `onChunk` and stopping as soon as the output
 * passes `budget` bytes (BudgetExceeded). Corrupt data throws DAMAGED. Returns the bytes produced.
 */
export async function inflateEntry(
  buf: Buffer,
  entry: ZipEntry,
  budget: number,
  onChunk: (chunk: Buffer) => void,
): Promise<number> {
  const data = buf.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > budget) throw new BudgetExceeded();
    onChunk(data);
    return data.length;
  }
  if (entry.method !== 8) throw damaged();

  const inflater = zlib.createInflateRaw();
  let total = 0;
  try {
    inflater.end(data);
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > budget) throw new BudgetExceeded();
      onChunk(chunk);
    }
  } catch (error) {
    if (error instanceof BudgetExceeded || error instanceof ExcelFileError) throw error;
    throw damaged();
  } finally {
    // Leaving the loop early does not always free zlib's native buffers at once.
    inflater.destroy();
  }
  return total;
}
