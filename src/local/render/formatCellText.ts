import { isDate } from '../../core/values/isDate';

/**
 * A cell's value as a spreadsheet shows it under the number formats the add-on writes: `#,##0`,
 * `$#,##0.00`, `0.00%`, `+0.00%;-0.00%;0.00%` (positive; negative; zero sections), quoted literals,
 * `yyyy-mm-dd hh:mm` dates (given as wall clock, as exceljs reads them) and `@` text.
 */
export function formatCellText(value: unknown, format: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return formatDate(value, format && /[ymdhs]/i.test(format) ? format : 'yyyy-mm-dd');
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value !== 'number') return String(value);
  if (!format || format === 'General' || format === '@') return general(value);
  const sections = splitSections(format);
  let section = sections[0];
  let number = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1];
    number = -value;
  } else if (value === 0 && sections.length > 2) section = sections[2];
  return formatNumber(number, section);
}

function formatNumber(value: number, section: string): string {
  const placeholder = /[#0][#0,]*(?:\.[#0]+)?/.exec(section);
  if (!placeholder) return literal(section);
  const pattern = placeholder[0];
  const decimals = pattern.includes('.') ? pattern.length - pattern.indexOf('.') - 1 : 0;
  const scaled = section.includes('%') ? value * 100 : value;
  const digits = Math.abs(scaled).toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: pattern.includes(','),
  });
  const sign = scaled < 0 && Math.abs(scaled) >= 0.5 * 10 ** -decimals ? '-' : '';
  return `${sign}${literal(section.slice(0, placeholder.index))}${digits}${literal(section.slice(placeholder.index + pattern.length))}`;
}

/** A format's literal text: quotes and backslash escapes removed. */
function literal(text: string): string {
  return text.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < format.length; i++) {
    if (format[i] === '"') quoted = !quoted;
    else if (format[i] === ';' && !quoted) {
      sections.push(format.slice(start, i));
      start = i + 1;
    }
  }
  sections.push(format.slice(start));
  return sections;
}

/** Excel's General: integers as they are, other numbers to ten significant digits. */
function general(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** yyyy, yy, mm or m (month, or minutes right after hours), dd or d, hh or h, ss. */
function formatDate(date: Date, format: string): string {
  let afterHours = false;
  return format.replace(/y+|m+|d+|h+|s+/gi, (token) => {
    const kind = token[0].toLowerCase();
    const width = Math.min(token.length, 2);
    const isMinutes = kind === 'm' && afterHours;
    afterHours = kind === 'h';
    if (kind === 'y') return token.length > 2 ? String(date.getUTCFullYear()) : pad(date.getUTCFullYear() % 100, 2);
    if (kind === 'm') return pad(isMinutes ? date.getUTCMinutes() : date.getUTCMonth() + 1, width);
    if (kind === 'd') return pad(date.getUTCDate(), width);
    if (kind === 'h') return pad(date.getUTCHours(), width);
    return pad(date.getUTCSeconds(), width);
  });
}
