import { readSharedStrings, SheetReader } from '../../src/local/xlsx/sheetReader';
import { isDateFormat, StyleSheet } from '../../src/local/xlsx/styleSheet';

const STYLES = new StyleSheet(
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="&quot;$&quot;#,##0.00"/></numFmts>' +
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>',
);

function read(sheetData: string, options: { date1904?: boolean; chunk?: number } = {}): unknown[][] {
  const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`;
  const reader = new SheetReader({
    sharedStrings: readSharedStrings(
      '<sst><si><t>Order ID</t></si><si><r><rPr><b/></rPr><t>Seller </t></r><r><t>SKU</t></r><rPh><t>ignored</t></rPh></si></sst>',
    ),
    styles: STYLES,
    date1904: options.date1904 ?? false,
    timeZone: 'UTC',
  });
  const size = options.chunk ?? xml.length;
  for (let at = 0; at < xml.length; at += size) reader.write(xml.slice(at, at + size)); // a chunk may end inside a tag
  return reader.values();
}

describe('SheetReader: a sheet XML as Sheets would read the tab', () => {
  it('reads shared and inline strings, numbers, booleans, errors and formula results, in chunks of any size', () => {
    const xml =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> 576 &amp; co\t</t></is></c><c r="B2"><v>12.5</v></c>' +
      '<c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2" t="str"><f>A2&amp;"x"</f><v>576x</v></c></row>';
    const expected = [
      ['Order ID', 'Seller SKU', '', '', ''],
      [' 576 & co\t', 12.5, true, '#N/A', '576x'],
    ];
    expect(read(xml)).toEqual(expected);
    expect(read(xml, { chunk: 7 })).toEqual(expected);
  });

  it('reads date cells by their style (built-in and custom formats), in the 1900 and 1904 date systems; money stays a number', () => {
    const xml = '<row r="1"><c r="A1" s="1"><v>46348</v></c><c r="B1" s="2"><v>46348.5</v></c><c r="C1" s="3"><v>46348</v></c></row>';
    expect(read(xml)).toEqual([[new Date('2026-11-22T00:00:00Z'), new Date('2026-11-22T12:00:00Z'), 46348]]);
    expect(read('<row r="1"><c r="A1" s="1"><v>44886</v></c></row>', { date1904: true })).toEqual([[new Date('2026-11-22T00:00:00Z')]]);
  });

  it('places rows and cells without an r attribute after the previous ones, and pads gaps and skipped rows with blanks', () => {
    const xml = '<row><c><v>1</v></c><c><v>2</v></c></row><row r="3"><c r="C3"><v>3</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row>';
    expect(read(xml)).toEqual([
      [1, 2, ''],
      ['', '', ''],
      ['', '', 3],
      ['x', '', ''],
    ]);
  });

  it('reads what other writers put around the cells: prefixes, comments, CDATA, declarations, entities and quoted ">", cut anywhere', () => {
    const xml =
      '<?xml-stylesheet href="x"?><!-- written by hand --><x:row r="1" spans="1:3"><x:c r="A1" t="inlineStr"><x:is><x:t><![CDATA[a<b & c]]></x:t></x:is></x:c>' +
      '<x:c r="B1" t="str"><x:f>IF(A1&gt;"x>y","&lt;","&#62;")</x:f><x:v>&#60;&#x3e;&quot;</x:v></x:c>' +
      "<x:c r='C1' s='3'><x:v>1.5E3</x:v></x:c></x:row><!-- <row r=\"9\"><c><v>9</v></c></row> -->" +
      '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:r><x:t>rich </x:t></x:r><x:r><x:t>text</x:t></x:r><x:rPh><x:t>ルビ</x:t></x:rPh></x:is></x:c><x:c r="B2"/></x:row>';
    const expected = [
      ['a<b & c', '<>"', 1500],
      ['rich text', '', ''],
    ];
    for (const chunk of [xml.length, 1, 2, 3, 5, 7, 11, 13]) expect([chunk, read(xml, { chunk })]).toEqual([chunk, expected]);
  });

  it('refuses a sheet that ends inside a tag instead of reading what came before as the whole tab', () => {
    const reader = new SheetReader({ sharedStrings: [], styles: STYLES, date1904: false, timeZone: 'UTC' });
    reader.write('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="');
    expect(reader.firstValue()).toBe(1);
    expect(() => reader.values()).toThrow('the XML ends inside a tag');
  });

  it('tells date formats from number formats', () => {
    expect(['yyyy-mm-dd', 'm/d/yy h:mm', '[$-409]mmmm d, yyyy', 'hh:mm:ss'].map(isDateFormat)).toEqual([true, true, true, true]);
    expect(['0.00%', '"$"#,##0.00', '#,##0;[Red]-#,##0', '@', '0 "days"'].map(isDateFormat)).toEqual([false, false, false, false, false]);
  });
});
