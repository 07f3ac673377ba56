import { createInflateRaw } from 'node:zlib';
import { FileProblem } from './fileProblem';
import type { ZipEntry } from './zipLimits';

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * Inflates each part into nothing, counting, and stops at the first byte past the size the directory
 * declares: a bomb that lies about its sizes is refused having cost one part's declared size of
 * work and no memory, before exceljs would inflate it whole.
 */
export async function checkInflatedSizes(bytes: Buffer, entries: readonly ZipEntry[], path: string): Promise<void> {
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (!data) throw new FileProblem(`${path} is damaged or not an .xlsx workbook (its part ${quoted(entry.name)} cannot be found).`);
    if (entry.method === STORED) continue; // stored bytes are what they are
    if (entry.method !== DEFLATED)
      throw new FileProblem(`${path} is not an .xlsx workbook (its part ${quoted(entry.name)} uses an unknown compression).`);
    const size = await inflatedSize(data, entry.uncompressed);
    if (size > entry.uncompressed) {
      throw new FileProblem(
        `${path} looks like a zip bomb: its part ${quoted(entry.name)} expands past the ${entry.uncompressed.toLocaleString('en-US')} bytes its directory declares. Not opened.`,
      );
    }
  }
}

function quoted(name: string): string {
  return `'${name.length > 60 ? `${name.slice(0, 60)}…` : name}'`;
}

/** The entry's compressed bytes, found through its local header; undefined when they run past the file. */
function entryData(bytes: Buffer, entry: ZipEntry): Buffer | undefined {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) return undefined;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + entry.compressed;
  return end <= bytes.length ? bytes.subarray(start, end) : undefined;
}

/** Bytes the data inflates to, counted up to `limit` + 1 (then it stops). */
function inflatedSize(data: Buffer, limit: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let size = 0;
    const finish = (): void => {
      inflate.removeAllListeners();
      inflate.on('error', () => undefined);
      inflate.destroy();
      resolve(size);
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish();
    });
    inflate.on('end', finish);
    inflate.on('error', finish); // damaged data: exceljs says so in its own words
    inflate.end(data);
  });
}
