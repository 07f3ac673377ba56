import { FileProblem } from '../files/fileProblem';
import { zipEntries, type ZipEntry } from './zipDirectory';

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
