import { createInflateRaw, inflateRawSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import { Readable as ReadableStream, Transform } from 'node:stream';
import { FileProblem } from '../files/fileProblem';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const MAX_COMMENT = 0xffff;

/** One file inside a zip, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the entry's local header in the archive. */
  readonly headerOffset: number;
}

/** A zip archive held as bytes: its entries by name, each read whole or streamed, or copied raw. */
export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();

  constructor(readonly bytes: Buffer) {
    const end = findEndOfDirectory(bytes);
    const count = bytes.readUInt16LE(end + 10);
    let at = bytes.readUInt32LE(end + 16);
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error('the zip directory is damaged');
      const nameLength = bytes.readUInt16LE(at + 28);
      const entry: ZipEntry = {
        method: bytes.readUInt16LE(at + 10),
        crc32: bytes.readUInt32LE(at + 16),
        compressedSize: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24),
        headerOffset: bytes.readUInt32LE(at + 42),
        name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      };
      if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff) throw new Error('zip64 archives are not supported');
      this.entries.set(entry.name, entry);
      at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
  }

  /** The entry's stored (usually deflated) bytes, as they are in the archive. */
  raw(entry: ZipEntry): Buffer {
    const at = entry.headerOffset;
    if (this.bytes.readUInt32LE(at) !== LOCAL_HEADER) throw new Error(`the zip entry ${entry.name} is damaged`);
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    return this.bytes.subarray(start, start + entry.compressedSize);
  }

  /** The entry's content in one buffer (for the small parts: workbook, styles, rels). */
  read(name: string): Buffer | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.method === STORED) return this.raw(entry);
    try {
      // Never more than the directory declares (checked against the limits before): a part that lies about its size is a bomb.
      return inflateRawSync(this.raw(checkMethod(entry)), { maxOutputLength: Math.max(1, entry.size) });
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
      done(size > entry.size ? expandsPastDeclared(entry) : null, chunk);
    },
  });
}

function expandsPastDeclared(entry: ZipEntry): FileProblem {
  return new FileProblem(
    `The workbook looks like a zip bomb: its part '${entry.name.slice(0, 60)}' expands past the ${entry.size.toLocaleString('en-US')} bytes its directory declares. Not opened.`,
  );
}

function checkMethod(entry: ZipEntry): ZipEntry {
  if (entry.method !== DEFLATED) throw new Error(`the zip entry ${entry.name} uses compression method ${entry.method}`);
  return entry;
}

function findEndOfDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let at = bytes.length - 22; at >= lowest; at--) if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  throw new Error('no zip directory found');
}
