const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// XML 1.0 has no place for most control characters; a cell holding one would make the file unreadable.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text or an attribute value as XML. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char]).replace(NOT_XML, '');
}

/** The attributes of one start tag (`<sheet name="x" r:id="rId1"/>`), unescaped. */
export function tagAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes.set(match[1], xmlUnescape(match[2] ?? match[3]));
  return attributes;
}

export function xmlUnescape(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex: string, dec: string, name: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name.toLowerCase()] ?? '';
  });
}

/** Every start tag of an element (`<sheet .../>`) in a small XML part. */
export function startTags(xml: string, element: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:\\w+:)?${element}\\b[^>]*>`, 'g'))].map((match) => match[0]);
}
