import { renderBlocksHtml } from '../../../../src/core/report/render/htmlReport';
import { moversBlock } from '../../../../src/core/report/reportBlocks';

describe('the HTML report styles a cell by what it holds, not by its first character', () => {
  const movers = moversBlock({
    up: [
      {
        label: '+Plus serum 30ml',
        sku: '-SER-30',
        previous: 100,
        current: 250,
        change: 150,
        previousText: '$100.00',
        currentText: '$250.00',
        changeText: '+$150.00',
      },
    ],
    down: [],
  });

  it('keeps a product name starting with + or - as text, and the amounts as figures', () => {
    const html = renderBlocksHtml('Movers', [movers!]);
    expect(html).toContain('<td>+Plus serum 30ml</td><td>-SER-30</td><td class="num">$100.00</td><td class="num">$250.00</td>');
    expect(html).toContain('<td class="good num">+$150.00</td>');
  });
});
