import { join } from 'node:path';
import { formatCellText } from '../../src/local/render/formatCellText';
import { htmlPreview } from '../../src/local/render/htmlPreview';
import { previewTab } from '../../src/local/render/previewTab';
import { saveXlsx } from '../../src/local/xlsx/xlsxFile';
import { XlsxWorkbook } from '../../src/local/xlsx/xlsxWorkbook';
import { excelView } from './excelView';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();

describe('formatCellText', () => {
  it('shows numbers as the read-out formats ask: money, counts, percents, signed changes', () => {
    const signedMoney = '+$#,##0.00;-$#,##0.00;$#,##0.00';
    expect([
      formatCellText(15161.31, '$#,##0.00'),
      formatCellText(-0.8506, signedMoney),
      formatCellText(1055.82, signedMoney),
      formatCellText(0, '+0.00%;-0.00%;0.00%'),
      formatCellText(-0.5693670886, '+0.00%;-0.00%;0.00%'),
      formatCellText(1234.5, '#,##0.00 "GBP"'),
      formatCellText(5996, '#,##0'),
      formatCellText(-17, '+#,##0;-#,##0;0'),
      formatCellText(0.0453579, '0.00%'),
      formatCellText(-5, '#,##0'),
    ]).toEqual(['$15,161.31', '-$0.85', '+$1,055.82', '0.00%', '-56.94%', '1,234.50 GBP', '5,996', '-17', '4.54%', '-5']);
  });

  it('shows other values as a spreadsheet does', () => {
    const wallClock = new Date(Date.UTC(2026, 10, 22, 23, 5, 9));
    expect([
      formatCellText(wallClock, 'yyyy-mm-dd hh:mm'),
      formatCellText(wallClock, undefined),
      formatCellText(0.04535790219702339, undefined),
      formatCellText(true, undefined),
      formatCellText('00123', '@'),
      formatCellText(null, '0%'),
    ]).toEqual(['2026-11-22 23:05', '2026-11-22', '0.0453579022', 'TRUE', '00123', '']);
  });
});

describe('the HTML preview of a written tab', () => {
  it('shows the cells as displayed, text running over empty cells, fills, bold headers and links, HTML escaped', async () => {
    const workbook = new XlsxWorkbook();
    workbook.writeTab({
      name: 'TTS · Health',
      values: [
        ['Health <30 days> & more', '', ''],
        ['Metric', 'Value', 'Go to'],
        ['LDR', 0.0454, 'Orders!A540'],
      ],
      frozenRows: 2,
      headerRows: [1],
      numberFormats: [[], [], [null, '0.00%', null]],
      backgrounds: [[], [], ['#f4cccc', '#f4cccc', null]],
      links: [{ row: 2, column: 2, tab: 'Orders', a1: 'A540' }],
    });
    const path = join(folder(), 'preview.xlsx');
    await saveXlsx(workbook, path);
    const tab = previewTab((await excelView(path)).getWorksheet('TTS · Health')!);
    expect(tab.frozenRows).toBe(2);
    expect(tab.rows[0]).toEqual([{ text: 'Health <30 days> & more', numeric: false, bold: false, link: false, background: '', span: 3 }]);
    expect(tab.rows[2]).toEqual([
      { text: 'LDR', numeric: false, bold: false, link: false, background: '#f4cccc', span: 1 },
      { text: '4.54%', numeric: true, bold: false, link: false, background: '#f4cccc', span: 1 },
      { text: 'Orders!A540', numeric: false, bold: false, link: true, background: '', span: 1 },
    ]);
    expect(tab.rows[1][0]).toMatchObject({ text: 'Metric', bold: true, background: '#efefef' });
    const html = htmlPreview(tab, ['Orders', 'TTS · Health']);
    expect(html).toContain('<td colspan="3">Health &lt;30 days&gt; &amp; more</td>');
    expect(html).toContain('<td class="num" style="background:#f4cccc">4.54%</td>');
    expect(html).toContain('<span class="active">TTS · Health</span>');
    expect(html).toContain('<tr class="frozen"><th class="row">2</th>');
  });
});
