import { metadataProperties, mirroredProperties } from '../../src/sheets/spreadsheetProperties';
import { FakeProperties, FakeSpreadsheet } from './fakeSpreadsheetApp';

describe("the document properties' mirror in developer metadata", () => {
  it('mirrors each write into the spreadsheet, updating a key in place, so the spreadsheet opened by ID reads the same values', () => {
    const spreadsheet = new FakeSpreadsheet();
    const properties = mirroredProperties(new FakeProperties(), spreadsheet);
    properties.setProperties({ 'tts-ops.lastRefresh': '2026-11-23T09:00:00.000Z', 'tts-ops.inputsFingerprint': 'a1' }, false);
    properties.setProperties({ 'tts-ops.lastRefresh': '2026-11-24T09:00:00.000Z' }, false);
    expect(spreadsheet.metadata).toEqual([
      { key: 'tts-ops.lastRefresh', value: '2026-11-24T09:00:00.000Z' },
      { key: 'tts-ops.inputsFingerprint', value: 'a1' },
    ]);
    expect(metadataProperties(spreadsheet).getProperties()).toEqual(properties.getProperties());
  });

  it('a spreadsheet opened by ID writes its properties to the developer metadata (the board pull keeps its cursor there)', () => {
    const spreadsheet = new FakeSpreadsheet();
    metadataProperties(spreadsheet).setProperties({ 'api.orders.updatedThrough': '1765108800' }, false);
    metadataProperties(spreadsheet).setProperties({ 'api.orders.updatedThrough': '1765112400' }, false);
    expect(metadataProperties(spreadsheet).getProperties()).toEqual({ 'api.orders.updatedThrough': '1765112400' });
  });
});
