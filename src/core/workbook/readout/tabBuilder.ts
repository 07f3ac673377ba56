import type { CellValue, ColumnFormat, TabContent } from '../workbookPort';

type Link = { readonly row: number; readonly column: number; readonly tab: string; readonly a1: string };

/** Builds a read-out tab top to bottom: title lines, section titles, tables with per-cell formats and colours. */
export class TabBuilder {
  private readonly values: CellValue[][] = [];
  private readonly formats: (string | null)[][] = [];
  private readonly fills: (string | null)[][] = [];
  private readonly headerRows: number[] = [];
  private readonly links: Link[] = [];

  /** `problems`: where lines saying a section could not be computed are also collected (for the refresh summary). */
  constructor(
    private readonly name: string,
    private readonly problems: string[] = [],
  ) {}

  /** A line saying why a section could not be computed from the data present. */
  problem(text: string): this {
    this.problems.push(text);
    return this.line(text);
  }

  /** A row of cells; `formats` per cell (null = automatic), one fill colour for the row. */
  row(cells: readonly CellValue[], formats: readonly (string | null)[] = [], fill: string | null = null): this {
    this.values.push(cells.slice());
    this.formats.push(cells.map((_, c) => formats[c] ?? null));
    this.fills.push(cells.map(() => fill));
    return this;
  }

  /** A bold, filled row: the title, a section title or a table's header. */
  heading(cells: readonly CellValue[], formats: readonly (string | null)[] = []): this {
    this.headerRows.push(this.values.length);
    return this.row(cells, formats);
  }

  line(text: string): this {
    return this.row([text]);
  }

  blank(): this {
    return this.row([]);
  }

  /** Makes a cell of the last row a link to `tab!a1`. */
  link(column: number, tab: string, a1: string): this {
    this.links.push({ row: this.values.length - 1, column, tab, a1 });
    return this;
  }

  /** The tab, every row padded to the widest one. */
  build(frozenRows: number, columns: readonly ColumnFormat[]): TabContent {
    const width = Math.max(1, ...this.values.map((row) => row.length));
    const pad = <T>(rows: T[][], filler: T): T[][] => rows.map((row) => row.concat(new Array<T>(width - row.length).fill(filler)));
    return {
      name: this.name,
      values: pad(this.values, ''),
      numberFormats: pad(this.formats, null),
      backgrounds: pad(this.fills, null),
      headerRows: this.headerRows.slice(),
      frozenRows,
      columns,
      links: this.links.slice(),
    };
  }
}
