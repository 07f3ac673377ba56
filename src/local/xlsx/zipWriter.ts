import type { FileHandle } from 'node:fs/promises';
import { constants, crc32, deflateRawSync, createDeflateRaw } from 'node:zlib';
import { CENTRAL_HEADER, END_OF_DIRECTORY, LOCAL_HEADER, type ZipEntry } from './zipDirectory';

const DEFLATED = 8;
const UTF8_NAMES = 0x0800;
const VERSION = 20;
const DOS_DATE_1980 = 0x0021; // 1980-01-01: entries carry no meaningful time
const LIMIT = 0xffffffff;

interface Written {
  readonly name: Buffer;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

/** Writes a zip archive to an open file: entries copied raw from another archive, or deflated from buffers or streamed chunks. */
export class ZipWriter {
  private readonly written: Written[] = [];
  private offset = 0;

  constructor(private readonly file: FileHandle) {}

  /** An entry of another archive, byte for byte (its stored bytes, CRC and sizes as they were). */
  async copy(entry: ZipEntry, raw: Buffer): Promise<void> {
    await this.entry(Buffer.from(entry.name, 'utf8'), entry.method, entry.crc32, raw.length, entry.uncompressed, [raw]);
  }

  async addBuffer(name: string, content: Buffer): Promise<void> {
    const compressed = deflateRawSync(content);
    await this.entry(Buffer.from(name, 'utf8'), DEFLATED, crc32(content), compressed.length, content.length, [compressed]);
  }

  /** Deflates text chunks as they come; the local header is rewritten with the sizes once they are known. */
  async addChunks(name: string, chunks: AsyncIterable<string> | Iterable<string>): Promise<void> {
    const nameBytes = Buffer.from(name, 'utf8');
    const start = this.offset;
    await this.write(localHeader(nameBytes, DEFLATED, 0, 0, 0));
    const deflate = createDeflateRaw({ level: constants.Z_BEST_SPEED });
    let crc = 0;
    let size = 0;
    let compressedSize = 0;
    const pending: Promise<void>[] = [];
    deflate.on('data', (chunk: Buffer) => {
      compressedSize += chunk.length;
      pending.push(this.write(chunk));
    });
    const finished = new Promise<void>((done, fail) => deflate.on('end', done).on('error', fail));
    for await (const text of chunks) {
      const bytes = Buffer.from(text, 'utf8');
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (!deflate.write(bytes)) await new Promise((drained) => deflate.once('drain', drained));
    }
    deflate.end();
    await finished;
    await Promise.all(pending);
    if (size >= LIMIT || compressedSize >= LIMIT) throw new Error(`${name} is over 4 GB, beyond a plain zip`);
    await this.file.write(localHeader(nameBytes, DEFLATED, crc, compressedSize, size), 0, undefined, start);
    this.written.push({ name: nameBytes, method: DEFLATED, crc32: crc, compressedSize, size, offset: start });
  }

  /** Writes the central directory; the file is a complete archive after this. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const entry of this.written) await this.write(directoryEntry(entry));
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_DIRECTORY, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
  }

  private async entry(name: Buffer, method: number, crc: number, compressedSize: number, size: number, data: Buffer[]): Promise<void> {
    this.written.push({ name, method, crc32: crc, compressedSize, size, offset: this.offset });
    await this.write(localHeader(name, method, crc, compressedSize, size));
    for (const chunk of data) await this.write(chunk);
  }

  private write(bytes: Buffer): Promise<void> {
    const at = this.offset;
    this.offset += bytes.length;
    if (this.offset >= LIMIT) throw new Error('the workbook is over 4 GB, beyond a plain zip');
    return this.file.write(bytes, 0, bytes.length, at).then(() => undefined);
  }
}

function localHeader(name: Buffer, method: number, crc: number, compressedSize: number, size: number): Buffer {
  const header = Buffer.alloc(30 + name.length);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(method, 8);
  header.writeUInt16LE(DOS_DATE_1980, 12);
  header.writeUInt32LE(crc >>> 0, 14);
  header.writeUInt32LE(compressedSize, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  name.copy(header, 30);
  return header;
}

function directoryEntry(entry: Written): Buffer {
  const record = Buffer.alloc(46 + entry.name.length);
  record.writeUInt32LE(CENTRAL_HEADER, 0);
  record.writeUInt16LE(VERSION, 4);
  record.writeUInt16LE(VERSION, 6);
  record.writeUInt16LE(UTF8_NAMES, 8);
  record.writeUInt16LE(entry.method, 10);
  record.writeUInt16LE(DOS_DATE_1980, 14);
  record.writeUInt32LE(entry.crc32 >>> 0, 16);
  record.writeUInt32LE(entry.compressedSize, 20);
  record.writeUInt32LE(entry.size, 24);
  record.writeUInt16LE(entry.name.length, 28);
  record.writeUInt32LE(entry.offset, 42);
  entry.name.copy(record, 46);
  return record;
}
