import { xmlEscape, xmlUnescape } from './xmlText';

const HEADING_PAIRS = /<HeadingPairs>\s*<vt:vector\b[^>]*>([\s\S]*?)<\/vt:vector>\s*<\/HeadingPairs>/;
const TITLES_OF_PARTS = /<TitlesOfParts>\s*<vt:vector\b[^>]*>([\s\S]*?)<\/vt:vector>\s*<\/TitlesOfParts>/;
const GROUP = /<vt:variant>\s*<vt:lpstr>([^<]*)<\/vt:lpstr>\s*<\/vt:variant>\s*<vt:variant>\s*<vt:i4>(\d+)<\/vt:i4>\s*<\/vt:variant>/g;
const TITLE = /<vt:lpstr>([^<]*)<\/vt:lpstr>|<vt:lpstr\/>/g;

interface PartGroup {
  readonly label: string;
  titles: string[];
}

/**
 * docProps/app.xml with its list of sheets (TitlesOfParts, counted in HeadingPairs) naming exactly
 * `sheets`, in workbook order; its other groups (named ranges, charts) are kept. A file whose
 * lists take another shape is returned as it was.
 */
export function appPropertiesWithSheets(xml: string, sheets: readonly string[]): string {
  const pairs = HEADING_PAIRS.exec(xml);
  const parts = TITLES_OF_PARTS.exec(xml);
  if (!pairs || !parts) return xml;
  const titles = [...parts[1].matchAll(TITLE)].map((match) => xmlUnescape(match[1] ?? ''));
  const groups: PartGroup[] = [];
  let taken = 0;
  for (const [, label, count] of pairs[1].matchAll(GROUP)) {
    groups.push({ label: xmlUnescape(label), titles: titles.slice(taken, taken + Number(count)) });
    taken += Number(count);
  }
  if (taken !== titles.length) return xml;
  const known = new Set(sheets);
  const worksheets =
    groups.find((group) => /^worksheets$/i.test(group.label)) ?? groups.find((group) => group.titles.every((title) => known.has(title)));
  if (worksheets && sameList(worksheets.titles, sheets)) return xml;
  if (worksheets) worksheets.titles = [...sheets];
  else groups.unshift({ label: 'Worksheets', titles: [...sheets] });

  const variants = groups.map(
    (group) =>
      `<vt:variant><vt:lpstr>${xmlEscape(group.label)}</vt:lpstr></vt:variant><vt:variant><vt:i4>${group.titles.length}</vt:i4></vt:variant>`,
  );
  const allTitles = groups.flatMap((group) => group.titles.map((title) => `<vt:lpstr>${xmlEscape(title)}</vt:lpstr>`));
  return xml
    .replace(
      HEADING_PAIRS,
      () => `<HeadingPairs><vt:vector size="${2 * groups.length}" baseType="variant">${variants.join('')}</vt:vector></HeadingPairs>`,
    )
    .replace(
      TITLES_OF_PARTS,
      () => `<TitlesOfParts><vt:vector size="${allTitles.length}" baseType="lpstr">${allTitles.join('')}</vt:vector></TitlesOfParts>`,
    );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
