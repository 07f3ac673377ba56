import { deflateRawSync } from 'node:zlib';
import { zipEntries } from '../../src/local/xlsx/zipDirectory';

/** One file inside a zip: its deflated bytes and the uncompressed size its headers declare. */
export interface ZipPart {
  readonly name: string;
  readonly deflated: Buffer;
  readonly declaredSize: number;
  /** Write the sizes as ZIP64 (0xFFFFFFFF in the header, 64-bit sizes in the extra field). */
  readonly zip64?: boolean;
  /** 8 deflated (the default) or 0 stored. */
  readonly method?: number;
}

/** The parts of a real zip, their stored bytes and declared sizes as they are. */
export function partsOf(bytes: Buffer): ZipPart[] {
  return (zipEntries(bytes) ?? []).map((entry) => {
    const at = entry.localOffset;
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    return { name: entry.name, deflated: bytes.subarray(start, start + entry.compressed), declaredSize: entry.uncompressed, method: entry.method };
  });
}

/** `size` zero bytes deflated: about 1 KB per MB, the classic bomb payload. */
export function deflatedZeros(size: number): Buffer {
  return deflateRawSync(Buffer.alloc(size), { level: 9 });
}

/** A zip file of these parts, with honest local headers and central directory (CRCs left 0: the tests refuse before any check). */
export function zipOf(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const extra = part.zip64 ? zip64Extra(part.declaredSize, part.deflated.length) : Buffer.alloc(0);
    const compressed = part.zip64 ? 0xffffffff : part.deflated.length;
    const uncompressed = part.zip64 ? 0xffffffff : part.declaredSize;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(part.zip64 ? 45 : 20, 4);
    local.writeUInt16LE(part.method ?? 8, 8);
    local.writeUInt32LE(compressed, 18);
    local.writeUInt32LE(uncompressed, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    locals.push(local, name, extra, part.deflated);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(part.zip64 ? 45 : 20, 4);
    central.writeUInt16LE(part.zip64 ? 45 : 20, 6);
    central.writeUInt16LE(part.method ?? 8, 10);
    central.writeUInt32LE(compressed, 20);
    central.writeUInt32LE(uncompressed, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name, extra);
    offset += 30 + name.length + extra.length + part.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function zip64Extra(uncompressed: number, compressed: number): Buffer {
  const extra = Buffer.alloc(20);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(16, 2);
  extra.writeBigUInt64LE(BigInt(uncompressed), 4);
  extra.writeBigUInt64LE(BigInt(compressed), 12);
  return extra;
}
