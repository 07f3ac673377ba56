/** One cell's value as a tab holds it: what a Sheets range, an .xlsx cell and a CSV field read as. */
export type CellValue = string | number | boolean | Date | null;
