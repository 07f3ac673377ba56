import { ANALYTICS_HEADERS, ORDER_HEADERS } from '../table/exportHeaders';
import { REPORT_SECTIONS } from '../report/reportSections';
import type { CellValue, ColumnFormat, TabContent, Validation } from './workbookPort';

/** A tab the set-up creates: an instruction on row 1, the header on row 2, then the user's rows. */
export interface SetupTab {
  readonly name: string;
  readonly instruction: string;
  readonly headers: readonly string[];
  /** Formats by header name; they run from the first data row down `VALIDATED_ROWS` rows. */
  readonly columns?: Readonly<Record<string, Omit<ColumnFormat, 'column' | 'fromRow' | 'toRow'>>>;
  /** Rows below the header (the Settings tab's keys). */
  readonly rows?: readonly (readonly CellValue[])[];
  /** Formats of single cells, rows counted from the tab's first row (the Settings tab's market dropdown). */
  readonly cellFormats?: readonly ColumnFormat[];
}

/** New Google Sheets tabs have 1,000 rows; dropdowns and date checks cover them. */
export const VALIDATED_ROWS = 1000;
const HEADER_ROW = 1;

const OWNERS: Validation = {
  kind: 'list',
  values: ['Account manager', 'Client', 'Creative', 'Ads', 'Creator partnerships', 'Operations'],
  allowOther: true,
};
const DATE = { validation: { kind: 'date' }, numberFormat: 'yyyy-mm-dd', width: 100 } as const;
const LEVEL: Validation = { kind: 'list', values: ['High', 'Medium', 'Low'] };
const list = (...values: string[]): { validation: Validation } => ({ validation: { kind: 'list', values } });
const WIDE = { width: 280 };

export const COMMENTARY_TAB = 'Commentary';

export const PLAN_TABS: readonly SetupTab[] = [
  {
    name: 'Action items',
    instruction: 'Next steps agreed with the client (from the WBR/MBR/QBR, health flags or QA findings): one row each, with an owner and a due date.',
    headers: ['Action', 'Owner', 'Due date', 'Status', 'Priority', 'From', 'Notes', 'Done on'],
    columns: {
      Action: WIDE,
      Owner: { validation: OWNERS },
      'Due date': DATE,
      Status: list('Not started', 'In progress', 'Blocked', 'Done'),
      Priority: { validation: LEVEL },
      From: list('WBR', 'MBR', 'QBR', 'Health', 'QA', 'Client request'),
      Notes: WIDE,
      'Done on': DATE,
    },
  },
  {
    name: 'Risks',
    instruction: 'Risks to the account (health, stock, listings, promotions, ads, creators, logistics): likelihood, impact, owner and mitigation.',
    headers: ['Risk', 'Area', 'Likelihood', 'Impact', 'Owner', 'Mitigation', 'Review by', 'Status'],
    columns: {
      Risk: WIDE,
      Area: list('Account health', 'Inventory', 'Listings', 'Promotions', 'Ads', 'Creators', 'Logistics', 'Other'),
      Likelihood: { validation: LEVEL },
      Impact: { validation: LEVEL },
      Owner: { validation: OWNERS },
      Mitigation: WIDE,
      'Review by': DATE,
      Status: list('Open', 'Mitigating', 'Closed'),
    },
  },
  {
    name: '30-60-90 plan',
    instruction: 'The 30-60-90 day plan: one goal or action per row, its phase, owner, due date and how success is measured.',
    headers: ['Phase', 'Goal', 'Action', 'Owner', 'Due date', 'Success measure', 'Status'],
    columns: {
      Phase: list('30 days', '60 days', '90 days'),
      Goal: WIDE,
      Action: WIDE,
      Owner: { validation: OWNERS },
      'Due date': DATE,
      'Success measure': WIDE,
      Status: list('Not started', 'On track', 'At risk', 'Done'),
    },
  },
  {
    name: COMMENTARY_TAB,
    instruction:
      'Your own words for the client update: a day of the period it is about (any day of that week, month or quarter), the section, and the text. The update prints it under that section.',
    headers: ['Period', 'Section', 'Text'],
    columns: { Period: DATE, Section: list(...REPORT_SECTIONS), Text: { width: 560 } },
  },
  {
    name: 'Promo calendar',
    instruction: 'Planned campaigns, deals and LIVE/creator pushes: dates, SKUs and discount. Promotions to check go on the Promos tab.',
    headers: ['Event', 'Type', 'Start date', 'End date', 'SKUs', 'Discount', 'Owner', 'Status', 'Notes'],
    columns: {
      Event: WIDE,
      Type: list('Campaign', 'Flash deal', 'Product discount', 'Seller coupon', 'Buy more save more', 'LIVE', 'Creator push', 'Other'),
      'Start date': DATE,
      'End date': DATE,
      Discount: { numberFormat: '0%' },
      Owner: { validation: OWNERS },
      Status: list('Idea', 'Planned', 'Submitted', 'Live', 'Done'),
      Notes: WIDE,
    },
  },
];

export const ORDERS_TAB: SetupTab = {
  name: 'Orders',
  instruction:
    'Paste the Seller Center order export here from cell A2 down, its header row included (it replaces the header below). Overlapping weeks: remove repeated orders first.',
  headers: ORDER_HEADERS,
};

export const ANALYTICS_TAB: SetupTab = {
  name: 'Analytics',
  instruction: 'Paste the Data Compass product analytics export (or one row per product per day) here from cell A2 down, header row included.',
  headers: ANALYTICS_HEADERS,
};

/** The tab as written: instruction, header, rows; frozen through the header; formats from the first data row. */
export function setupTabContent(tab: SetupTab): TabContent {
  const values: CellValue[][] = [[tab.instruction], tab.headers.slice(), ...(tab.rows ?? []).map((row) => row.slice())];
  const columns: ColumnFormat[] = [];
  for (const [header, format] of Object.entries(tab.columns ?? {})) {
    const column = tab.headers.indexOf(header);
    if (column < 0) throw new Error(`Set-up tab '${tab.name}' formats a column '${header}' it does not have.`);
    columns.push({ ...format, column, fromRow: HEADER_ROW + 1, toRow: Math.max(values.length, VALIDATED_ROWS) });
  }
  columns.push(...(tab.cellFormats ?? []));
  return { name: tab.name, values, frozenRows: HEADER_ROW + 1, headerRows: [HEADER_ROW], columns };
}
