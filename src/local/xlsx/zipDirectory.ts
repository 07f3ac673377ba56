/** One file inside a zip, as its central directory describes it (sizes and offset widened from ZIP64 where the header says so). */
export interface ZipEntry {
  readonly name: string;
  readonly compressed: number;
  readonly uncompressed: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc32: number;
  /** Where the entry's local header starts. */
  readonly localOffset: number;
}

/** The signatures that open a zip's records (APPNOTE.TXT 4.3). */
export const LOCAL_HEADER = 0x04034b50;
export const CENTRAL_HEADER = 0x02014b50;
export const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_EXTRA = 0x0001;
const U32_MAX = 0xffffffff;

/** The entries of the zip's central directory (ZIP64 included); undefined when it cannot be found or runs past the file. */
export function zipEntries(bytes: Buffer): ZipEntry[] | undefined {
  const end = findEndOfDirectory(bytes);
  if (end < 0) return undefined;
  let count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const locator = end - 20;
  if (locator >= 0 && bytes.readUInt32LE(locator) === ZIP64_LOCATOR) {
    const record = Number(bytes.readBigUInt64LE(locator + 8));
    if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_EOCD) return undefined;
    count = Number(bytes.readBigUInt64LE(record + 32));
    offset = Number(bytes.readBigUInt64LE(record + 48));
  }
  const entries: ZipEntry[] = [];
  for (let i = 0, at = offset; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_HEADER) return undefined;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) return undefined;
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const method = bytes.readUInt16LE(at + 10);
    const crc32 = bytes.readUInt32LE(at + 16);
    let compressed = bytes.readUInt32LE(at + 20);
    let uncompressed = bytes.readUInt32LE(at + 24);
    let localOffset = bytes.readUInt32LE(at + 42);
    if (compressed === U32_MAX || uncompressed === U32_MAX || localOffset === U32_MAX) {
      const wide = zip64Fields(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), [
        uncompressed === U32_MAX,
        compressed === U32_MAX,
        localOffset === U32_MAX,
      ]);
      if (!wide) return undefined;
      [uncompressed, compressed, localOffset] = [wide[0] ?? uncompressed, wide[1] ?? compressed, wide[2] ?? localOffset];
    }
    entries.push({ name, compressed, uncompressed, method, crc32, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The end-of-central-directory record: the last one, searched back over a comment of up to 64 KB. */
function findEndOfDirectory(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** The 64-bit fields of a ZIP64 extra field (uncompressed size, compressed size, local offset), present in this order only where the header says 0xFFFFFFFF. */
function zip64Fields(extra: Buffer, present: readonly boolean[]): (number | undefined)[] | undefined {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      const end = Math.min(at + 4 + size, extra.length);
      let field = at + 4;
      const values: (number | undefined)[] = [];
      for (const wanted of present) {
        if (!wanted) {
          values.push(undefined);
          continue;
        }
        if (field + 8 > end) return undefined;
        values.push(Number(extra.readBigUInt64LE(field)));
        field += 8;
      }
      return values;
    }
    at += 4 + size;
  }
  return undefined;
}
