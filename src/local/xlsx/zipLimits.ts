import { FileProblem } from '../files/fileProblem';

/** What an .xlsx may expand to before it is inflated: a 10-million-cell workbook (about 0.6 GB of XML) fits with room to spare. */
export interface ZipLimits {
  /** Sum of the entries' declared uncompressed sizes. */
  readonly maxExpandedBytes: number;
  readonly maxEntries: number;
  /** Uncompressed ÷ compressed of one large entry; spreadsheet XML compresses 5–50 times, a bomb about 1,000. */
  readonly maxRatio: number;
}

const MB = 1024 * 1024;
/** The environment variable that raises (or lowers) the expanded-size limit, in MB. */
export const MAX_EXPANDED_ENV = 'TTS_OPS_MAX_XLSX_MB';

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxExpandedBytes: 2048 * MB, maxEntries: 10_000, maxRatio: 200 };
/** Entries smaller than this are not ratio-checked: a small part of repeated markup may compress very well and costs nothing. */
const RATIO_CHECKED_FROM = 16 * MB;

/** The default limits, the expanded size taken from TTS_OPS_MAX_XLSX_MB when set to a positive number. */
export function zipLimits(env: NodeJS.ProcessEnv = process.env): ZipLimits {
  const mb = Number(env[MAX_EXPANDED_ENV]);
  return Number.isFinite(mb) && mb > 0 ? { ...DEFAULT_ZIP_LIMITS, maxExpandedBytes: mb * MB } : DEFAULT_ZIP_LIMITS;
}

export interface ZipEntry {
  readonly name: string;
  readonly compressed: number;
  readonly uncompressed: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  /** Where the entry's local header starts. */
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const U32_MAX = 0xffffffff;

/**
 * Refuses a zip (an .xlsx) whose central directory declares more than the limits allow, before any
 * of it is inflated: a zip bomb costs a directory read, not gigabytes of memory.
 */
export function checkZipLimits(bytes: Buffer, path: string, limits: ZipLimits = zipLimits()): ZipEntry[] {
  const entries = zipEntries(bytes);
  if (!entries) throw new FileProblem(`${path} is damaged or not an .xlsx workbook (its zip directory cannot be read).`);
  if (entries.length > limits.maxEntries) {
    throw new FileProblem(
      `${path} holds ${entries.length.toLocaleString('en-US')} files inside; an .xlsx workbook has far fewer (limit ${limits.maxEntries.toLocaleString('en-US')}). Not opened.`,
    );
  }
  let expanded = 0;
  for (const entry of entries) {
    expanded += entry.uncompressed;
    if (entry.uncompressed >= RATIO_CHECKED_FROM && entry.uncompressed > limits.maxRatio * Math.max(1, entry.compressed)) {
      throw new FileProblem(
        `${path} looks like a zip bomb: its part ${excerptName(entry.name)} expands ${Math.round(entry.uncompressed / Math.max(1, entry.compressed))} times ` +
          `(to ${megabytes(entry.uncompressed)}; limit ${limits.maxRatio} times). Not opened.`,
      );
    }
  }
  if (expanded > limits.maxExpandedBytes) {
    throw new FileProblem(
      `${path} would expand to ${megabytes(expanded)} when opened (limit ${megabytes(limits.maxExpandedBytes)}, set ${MAX_EXPANDED_ENV} to change it). Not opened.`,
    );
  }
  return entries;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / MB).toLocaleString('en-US')} MB`;
}

function excerptName(name: string): string {
  return `'${name.length > 60 ? `${name.slice(0, 60)}…` : name}'`;
}

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
    entries.push({ name, compressed, uncompressed, method, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The end-of-central-directory record: the last one, searched back over a comment of up to 64 KB. */
function findEndOfDirectory(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
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
