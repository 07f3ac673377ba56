import { createInflateRaw, inflateRawSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import { Readable as ReadableStream, Transform } from 'node:stream';
import { FileProblem } from '../files/fileProblem';
import { LOCAL_HEADER, zipEntries, type ZipEntry } from './zipDirectory';

const STORED = 0;
const DEFLATED = 8;

/** A zip archive held as bytes: its entries by name, each read whole or streamed, or copied raw. */
export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();

  constructor(readonly bytes: Buffer) {
    const entries = zipEntries(bytes);
    if (!entries) throw new Error('the zip directory is damaged');
    for (const entry of entries) this.entries.set(entry.name, entry);
  }

  /** The entry's stored (usually deflated) bytes, as they are in the archive. */
  raw(entry: ZipEntry): Buffer {
    const at = entry.localOffset;
    if (this.bytes.readUInt32LE(at) !== LOCAL_HEADER) throw new Error(`the zip entry ${entry.name} is damaged`);
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    return this.bytes.subarray(start, start + entry.compressed);
  }

  /** The entry's content in one buffer (for the small parts: workbook, styles, rels). */
  read(name: string): Buffer | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.method === STORED) return this.raw(entry);
    try {
      // Never more than the directory declares (checked against the limits before): a part that lies about its size is a bomb.
      return inflateRawSync(this.raw(checkMethod(entry)), { maxOutputLength: Math.max(1, entry.uncompressed) });
    } catch (error) {
      throw (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? expandsPastDeclared(entry) : error;
    }
  }

  /** The entry's content as a stream of chunks (for sheets of any size). */
  stream(entry: ZipEntry): Readable {
    const raw = ReadableStream.from([this.raw(entry)]);
    return entry.method === STORED ? raw : raw.pipe(createInflateRaw()).pipe(atMost(entry));
  }
}

/** Passes the inflated bytes on, failing at the first byte past the size the directory declares. */
function atMost(entry: ZipEntry): Transform {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > entry.uncompressed ? expandsPastDeclared(entry) : null, chunk);
    },
  });
}

function expandsPastDeclared(entry: ZipEntry): FileProblem {
  return new FileProblem(
    `The workbook looks like a zip bomb: its part '${entry.name.slice(0, 60)}' expands past the ${entry.uncompressed.toLocaleString('en-US')} bytes its directory declares. Not opened.`,
  );
}

function checkMethod(entry: ZipEntry): ZipEntry {
  if (entry.method !== DEFLATED) throw new Error(`the zip entry ${entry.name} uses compression method ${entry.method}`);
  return entry;
}
