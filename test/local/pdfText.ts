// pdf-parse's index runs a self-test when required without a parent module; its lib entry is the parser alone.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string; numpages: number }>;

/** The text of a PDF, as a reader copying it would get it. */
export async function pdfText(bytes: Buffer): Promise<string> {
  return (await pdfParse(bytes)).text;
}

export async function pdfPages(bytes: Buffer): Promise<number> {
  return (await pdfParse(bytes)).numpages;
}
