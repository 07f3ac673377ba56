import { xmlUnescape } from './xmlText';

/** The elements the readers act on, by local name (a namespace prefix is skipped); every other element is `Other`. */
export enum Element {
  Other,
  Row,
  Cell,
  Value,
  InlineString,
  Text,
  Phonetic,
  SharedItem,
}

/** What a reader does with the markup a scan finds. */
export interface XmlHandler {
  /** An element opens; its attributes are between `from` and `to` of `xml`, read there only if needed. */
  open(element: Element, xml: string, from: number, to: number): void;
  close(element: Element): void;
  /** Whether the text found now matters; text elsewhere is skipped unread. */
  wantsText(): boolean;
  /** Text between tags, entities replaced (a CDATA section as it is). */
  text(text: string): void;
}

const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const QUOTE = 34;
const APOSTROPHE = 39;

/**
 * Scans XML fed in chunks for the elements of spreadsheet parts, in place: no object per tag or
 * attribute (a general SAX parser's objects were most of a 10-million-cell read). Comments,
 * declarations and processing instructions are skipped; a chunk may end anywhere.
 */
export class XmlScanner {
  private pending = '';

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    const xml = this.pending + chunk;
    let at = 0;
    while (at < xml.length) {
      const lt = xml.indexOf('<', at);
      if (lt < 0) break;
      if (lt > at && this.handler.wantsText()) this.text(xml.slice(at, lt));
      const next = this.markup(xml, lt);
      if (next < 0) {
        this.pending = xml.slice(lt); // markup cut by the chunk's end: read with the next chunk
        return;
      }
      at = next;
    }
    this.pending = this.handler.wantsText() ? xml.slice(at) : ''; // text runs on into the next chunk
  }

  /** After the last chunk: refuses XML that ends inside a tag. */
  end(): void {
    if (this.pending.trim()) throw new Error('the XML ends inside a tag');
  }

  private text(raw: string): void {
    this.handler.text(raw.includes('&') ? xmlUnescape(raw) : raw);
  }

  /** Reads the markup at `lt`; the index after it, or -1 when the chunk ends inside it. */
  private markup(xml: string, lt: number): number {
    const next = xml.charCodeAt(lt + 1);
    if (next !== next) return -1; // NaN: the chunk ends at '<'
    if (next === BANG) {
      if (xml.length - lt < 9 && ('<![CDATA['.startsWith(xml.slice(lt)) || '<!--'.startsWith(xml.slice(lt)))) return -1;
      if (xml.startsWith('<!--', lt)) return after(xml.indexOf('-->', lt + 4), 3);
      if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end >= 0 && this.handler.wantsText()) this.handler.text(xml.slice(lt + 9, end));
        return after(end, 3);
      }
      return after(xml.indexOf('>', lt), 1);
    }
    if (next === QUESTION) return after(xml.indexOf('?>', lt + 2), 2);
    const gt = tagEnd(xml, lt);
    if (gt < 0) return -1;
    if (next === SLASH) {
      this.handler.close(elementAt(xml, lt + 2, gt));
      return gt + 1;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
    const element = elementAt(xml, lt + 1, gt);
    this.handler.open(element, xml, lt + 1, selfClosing ? gt - 1 : gt);
    if (selfClosing) this.handler.close(element);
    return gt + 1;
  }
}

/** The index past a found end marker, or -1 when the chunk does not hold it yet. */
function after(found: number, length: number): number {
  return found < 0 ? -1 : found + length;
}

/** The `>` closing the tag at `lt`, skipping any inside quoted attribute values; -1 when the chunk ends first. */
function tagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === GT) return i;
    else if (code === QUOTE || code === APOSTROPHE) quote = code;
  }
  return -1;
}

/** The element named at `from`, compared in place. */
function elementAt(xml: string, from: number, to: number): Element {
  let end = from;
  let start = from;
  for (; end < to; end++) {
    const code = xml.charCodeAt(end);
    if (code <= 32 || code === SLASH || code === GT) break;
    if (code === COLON) start = end + 1;
  }
  switch (end - start) {
    case 1:
      return xml[start] === 'c' ? Element.Cell : xml[start] === 'v' ? Element.Value : xml[start] === 't' ? Element.Text : Element.Other;
    case 2:
      return xml.startsWith('is', start) ? Element.InlineString : xml.startsWith('si', start) ? Element.SharedItem : Element.Other;
    case 3:
      return xml.startsWith('row', start) ? Element.Row : xml.startsWith('rPh', start) ? Element.Phonetic : Element.Other;
    default:
      return Element.Other;
  }
}
