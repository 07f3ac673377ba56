const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe inside HTML elements and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Text made safe between tags only: quotes stay as typed, since a plain Markdown viewer would show `&quot;` as it is. */
export function escapeTextNode(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITIES[c]);
}
