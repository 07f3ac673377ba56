/**
 * Sets every entry's modification time in a zip archive to one fixed moment, in place, so the same
 * content gives the same bytes (JSZip, under exceljs, stamps entries with the current time).
 * Walks the central directory and patches it and each entry's local header.
 */
export function pinZipDates(zip: Uint8Array, at: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const time = (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1);
  const date = ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate();
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('zip: bad central directory entry');
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, date, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('zip: bad local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return zip;
}

function findEndOfCentralDirectory(view: DataView): number {
  for (let p = view.byteLength - 22; p >= Math.max(0, view.byteLength - 22 - 0xffff); p--) {
    if (view.getUint32(p, true) === 0x06054b50) return p;
  }
  throw new Error('zip: no end of central directory');
}
