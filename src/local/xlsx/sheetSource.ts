import { StringDecoder } from 'node:string_decoder';
import { constants, inflateRawSync } from 'node:zlib';
import type { ZipArchive } from './zipArchive';
import type { ZipEntry } from './zipDirectory';

const CHUNK = 1 << 20;
const HEAD_BYTES = 1 << 16;

/** A sheet part's XML as text chunks, inflated as they are read (the whole part is never one string). */
export async function* streamedText(archive: ZipArchive, entry: ZipEntry): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of archive.stream(entry)) yield decoder.write(chunk as Buffer);
  const rest = decoder.end();
  if (rest) yield rest;
}

/** The same, inflated at once: for reads that must be synchronous (the Workbook port's readTab). */
export function* wholeText(archive: ZipArchive, entry: ZipEntry): Generator<string> {
  const bytes = archive.read(entry.name) ?? Buffer.alloc(0);
  const decoder = new StringDecoder('utf8');
  for (let at = 0; at < bytes.length; at += CHUNK) yield decoder.write(bytes.subarray(at, at + CHUNK));
  yield decoder.end();
}

/** The first bytes of a sheet's XML, enough for its first row (A1 of a tab of any size). */
export function headText(archive: ZipArchive, entry: ZipEntry): string {
  const raw = archive.raw(entry);
  const head =
    entry.method === 0 ? raw.subarray(0, HEAD_BYTES) : inflateRawSync(raw.subarray(0, HEAD_BYTES), { finishFlush: constants.Z_SYNC_FLUSH });
  return new StringDecoder('utf8').write(head);
}
