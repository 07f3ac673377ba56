/** A port colour ('#d9ead3', '#fff', 'FFD9EAD3') as the ARGB hex an .xlsx fill takes. */
export function argbColor(color: string): string {
  const hex = color.trim().replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{3}$/.test(hex)) return `FF${hex.replace(/./g, (digit) => digit + digit)}`;
  throw new Error(`Not a hex colour: '${color}'`);
}

/** The CSS form of an ARGB fill colour, for the HTML preview. */
export function cssColor(argb: string): string {
  return `#${argb.slice(-6).toLowerCase()}`;
}
