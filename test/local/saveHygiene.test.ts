import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { refreshReadout } from '../../src/core/actions/refreshReadout';
import { setupWorkbook } from '../../src/core/actions/setupWorkbook';
import { addDemoTrackerTabs } from '../../src/local/cli/demoCommand';
import { appPropertiesWithSheets } from '../../src/local/xlsx/appProperties';
import { StyleSheet } from '../../src/local/xlsx/styleSheet';
import { ZipArchive } from '../../src/local/xlsx/zipArchive';
import { openXlsx, saveXlsx } from '../../src/local/xlsx/xlsxFile';
import { excelView } from './excelView';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();
const NOW = new Date('2026-11-23T17:00:00Z');
const DEMO = resolve(__dirname, '../../examples/demo-client.xlsx');

function part(path: string, name: string): string {
  return new ZipArchive(readFileSync(path)).read(name)?.toString('utf8') ?? '';
}

const cellXfsCount = (styles: string): number => Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1]);
const sheetNames = (workbookXml: string): string[] => [...workbookXml.matchAll(/<sheet\b[^>]*?\bname="([^"]*)"/g)].map((match) => match[1]);
const titlesOfParts = (appXml: string): string[] =>
  [...(/<TitlesOfParts>([\s\S]*)<\/TitlesOfParts>/.exec(appXml)?.[1] ?? '').matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]);

describe('saving a workbook again and again', () => {
  it('keeps styles.xml the same size after the first save and app.xml listing exactly the workbook’s sheets (the demo, refreshed 3 times)', async () => {
    const path = join(folder(), 'demo-client.xlsx');
    copyFileSync(DEMO, path);
    expect(titlesOfParts(part(path, 'docProps/app.xml'))).toEqual(['Orders', 'Analytics']);

    const styles: string[] = [];
    for (let save = 0; save < 3; save++) {
      const workbook = await openXlsx(path);
      if (save === 0) {
        addDemoTrackerTabs(workbook);
        setupWorkbook(workbook, 'US');
      }
      refreshReadout(workbook, { now: new Date(NOW.getTime() + save * 60_000) });
      await saveXlsx(workbook, path);
      styles.push(part(path, 'xl/styles.xml'));
      const app = part(path, 'docProps/app.xml');
      expect(titlesOfParts(app)).toEqual(sheetNames(part(path, 'xl/workbook.xml')));
      expect(app).toContain(`<vt:i4>${titlesOfParts(app).length}</vt:i4>`);
    }
    expect(titlesOfParts(part(path, 'docProps/app.xml'))).toEqual(expect.arrayContaining(['Settings', 'TTS · KPIs', 'TTS · QA']));
    expect(new Set(styles.map((xml) => xml.length)).size).toBe(1);
    expect(new Set(styles.map(cellXfsCount)).size).toBe(1);

    const excel = await excelView(path);
    const kpis = excel.getWorksheet('TTS · KPIs')!;
    expect(kpis.getCell('A1').value).toBe('TTS · KPIs');
    expect(kpis.getCell('A1').font?.bold).toBe(true);
    expect(excel.worksheets.map((sheet) => sheet.name)).toEqual(sheetNames(part(path, 'xl/workbook.xml')));
  });
});

describe('StyleSheet', () => {
  it('re-uses a font, fill and cell style another tool already wrote (attributes in its own order) instead of appending a twin', () => {
    const xml =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>' +
      '<font>\n  <b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/>\n</font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf applyFont="1" xfId="0" borderId="0" fillId="0" fontId="1" numFmtId="0"/></cellXfs></styleSheet>';
    const styles = new StyleSheet(xml);
    expect(styles.styleOf({ bold: true })).toBe(1);
    expect(styles.styleOf({})).toBe(0);
    expect(styles.changed).toBe(false);
    expect(styles.styleOf({ bold: true, fill: 'FFEEEEEE' })).toBe(2);
    expect(styles.changed).toBe(true);
    expect(cellXfsCount(styles.toXml())).toBe(3);
    expect(new StyleSheet(styles.toXml()).styleOf({ bold: true, fill: 'FFEEEEEE' })).toBe(2);
  });
});

describe('appPropertiesWithSheets', () => {
  const app = (pairs: string, titles: string[]): string =>
    '<Properties xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<HeadingPairs><vt:vector size="4" baseType="variant">${pairs}</vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${titles.length}" baseType="lpstr">${titles.map((t) => `<vt:lpstr>${t}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`;
  const group = (label: string, count: number): string =>
    `<vt:variant><vt:lpstr>${label}</vt:lpstr></vt:variant><vt:variant><vt:i4>${count}</vt:i4></vt:variant>`;

  it('rewrites the worksheets group and keeps the named ranges after it', () => {
    const before = app(group('Worksheets', 1) + group('Named Ranges', 1), ['Orders', 'Orders!Print_Area']);
    const after = appPropertiesWithSheets(before, ['Orders', 'TTS · KPIs & more']);
    expect(titlesOfParts(after)).toEqual(['Orders', 'TTS · KPIs &amp; more', 'Orders!Print_Area']);
    expect(after).toContain(group('Worksheets', 2) + group('Named Ranges', 1));
  });

  it('leaves a current list, and a list it cannot read, exactly as they were', () => {
    const current = app(group('Worksheets', 2), ['Orders', 'Analytics']).replace('<vt:lpstr>Orders', '\n<vt:lpstr>Orders');
    expect(appPropertiesWithSheets(current, ['Orders', 'Analytics'])).toBe(current);
    const miscounted = app(group('Worksheets', 3), ['Orders', 'Analytics']);
    expect(appPropertiesWithSheets(miscounted, ['Orders'])).toBe(miscounted);
  });
});
