import type { PropertiesLike } from './appsScriptWorkbook';

/** The spreadsheet-level developer metadata calls the mirror uses; the real Spreadsheet has them, so does the fake. */
export interface MetadataSpreadsheet {
  getDeveloperMetadata(): { getKey(): string; getValue(): string | null; setValue(value: string): unknown }[];
  addDeveloperMetadata(key: string, value: string): unknown;
}

/**
 * The document properties, each write mirrored into the spreadsheet's own developer metadata: a script can read only
 * the properties of the document it runs in, so the agency board, opening a client by ID, reads the mirror instead.
 * Read back, the metadata wins: the board's own writes (its pull's cursor) are there only.
 */
export function mirroredProperties(properties: PropertiesLike, spreadsheet: MetadataSpreadsheet): PropertiesLike {
  return {
    getProperties: () => ({ ...properties.getProperties(), ...metadataProperties(spreadsheet).getProperties() }),
    setProperties: (values, deleteAllOthers) => {
      properties.setProperties(values, deleteAllOthers);
      writeMetadata(spreadsheet, values);
    },
  };
}

function writeMetadata(spreadsheet: MetadataSpreadsheet, values: Record<string, string>): void {
  const existing = new Map(spreadsheet.getDeveloperMetadata().map((entry) => [entry.getKey(), entry]));
  for (const [key, value] of Object.entries(values)) {
    const entry = existing.get(key);
    if (entry) entry.setValue(value);
    else spreadsheet.addDeveloperMetadata(key, value);
  }
}

/** A spreadsheet opened by ID: the properties its own runs mirrored (see above); the board's pull keeps its cursor there too. */
export function metadataProperties(spreadsheet: MetadataSpreadsheet): PropertiesLike {
  return {
    getProperties: () => Object.fromEntries(spreadsheet.getDeveloperMetadata().map((entry) => [entry.getKey(), entry.getValue() ?? ''])),
    setProperties: (values) => writeMetadata(spreadsheet, values),
  };
}
