import { InputError } from '../../core/values/errors';

const QUOTE = 34;
const CR = 13;
const LF = 10;
const SEPARATORS = [',', ';', '\t'];

/**
 * RFC 4180 CSV text → rows of fields: a BOM dropped, quoted fields holding separators, line breaks
 * and doubled quotes, CRLF or LF line ends. The separator (comma, semicolon as spreadsheets in
 * comma-decimal locales save, or tab) is the one the header line uses most.
 */
export function readCsv(text: string, name = 'CSV'): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  if (!body.length) return rows;
  const separator = detectSeparator(body).charCodeAt(0);
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let value = '';
    if (body.charCodeAt(i) === QUOTE) {
      const open = i;
      for (let from = i + 1; ;) {
        const close = body.indexOf('"', from);
        if (close < 0)
          throw new InputError(`${name}: the quoted field that starts on line ${lineOf(body, open)} is never closed (a '"' is missing).`);
        value += body.slice(from, close);
        if (body.charCodeAt(close + 1) !== QUOTE) {
          i = close + 1;
          break;
        }
        value += '"';
        from = close + 2;
      }
    }
    const end = fieldEnd(body, i, separator);
    value += body.slice(i, end); // text after a closing quote is kept, as spreadsheets do
    row.push(value);
    i = end;
    if (i >= body.length) break;
    if (body.charCodeAt(i) === separator) {
      i++;
      continue;
    }
    rows.push(row);
    row = [];
    i += body.charCodeAt(i) === CR && body.charCodeAt(i + 1) === LF ? 2 : 1;
    if (i >= body.length) return rows;
  }
  rows.push(row);
  return rows;
}

function fieldEnd(body: string, from: number, separator: number): number {
  for (let i = from; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code === separator || code === LF || code === CR) return i;
  }
  return body.length;
}

function lineOf(body: string, index: number): number {
  let line = 1;
  for (let i = body.indexOf('\n'); i >= 0 && i < index; i = body.indexOf('\n', i + 1)) line++;
  return line;
}

/** The separator the first line uses most, counting outside quotes; a comma when it has none. */
function detectSeparator(text: string): string {
  const counts = new Map(SEPARATORS.map((separator) => [separator, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [separator, count] of counts) if (count > (counts.get(best) ?? 0)) best = separator;
  return best;
}
