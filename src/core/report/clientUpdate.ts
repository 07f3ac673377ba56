import type { HealthStatus } from '../health/healthRow';
import type { MetricFormat } from '../metrics/metricCatalog';
import type { Cadence } from './cadence';
import type { ReportSection } from './reportSections';

/**
 * The client update (WBR / MBR / QBR) as data: every number already computed and written as the
 * report shows it, so renderers (HTML, Markdown, Doc, Slides) lay it out and know nothing of metrics.
 * It never holds buyer data: only totals, SKUs and the account team's own tracker rows.
 */
export interface ClientUpdate {
  readonly cadence: Cadence;
  /** 'WBR', or 'MBR (month to date)' when the period to date was asked for. */
  readonly cadenceLabel: string;
  readonly client: string;
  /** The client's TikTok Shop market (Settings), e.g. US; '' when not set. Picks Letter or A4 paper. */
  readonly market: string;
  /** `Acme — WBR — 2026-11-16 – 2026-11-22`: the Doc, deck and file title. */
  readonly title: string;
  /** `2026-11-16 – 2026-11-22` */
  readonly periodLabel: string;
  /** `2026-11-16_2026-11-22`, for file names. */
  readonly periodSlug: string;
  readonly preparedBy: string;
  /** The as-of day, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** When the update was built, shop time: `2026-11-23 09:00`. */
  readonly preparedAt: string;
  /** Lines under the title: how recent the data is. */
  readonly freshness: readonly string[];
  /** What each comparison is: "Previous: 2026-11-09 – 2026-11-15 (the previous 7 days)". */
  readonly comparisons: readonly string[];
  readonly agenda: readonly string[];
  readonly scorecard: Scorecard;
  readonly bridge: Bridge;
  readonly movers: SkuMovers;
  readonly narrative: readonly string[];
  readonly health: HealthSection;
  readonly promotions: Promotions;
  readonly actions: TrackerSection;
  readonly risks: TrackerSection;
  readonly nextSteps: TrackerSection;
  readonly commentary: Commentary;
  readonly trend: Trend;
  /** Definitions used, for the footnote. */
  readonly definitions: readonly string[];
  /**
   * What the account team needs and the client must not read: QA sign-off or override, read-out refresh, tab and row
   * references, fixes, rule citations, doc links. Always logged in `TTS · Exports`; rendered only as the internal appendix.
   */
  readonly internal: readonly string[];
  /** A draft for review (export): DRAFT on its title, every page and every slide; Deliver writes the copy without it. */
  readonly draft: boolean;
  /** Whether the renderers add `internal` as an appendix (export --internal, the Sheets dialog's choice): never in the copy sent. */
  readonly appendix: boolean;
  /** Delivery, from Settings (never rendered): the client's e-mail contacts and whether to leave them a Gmail draft. */
  readonly delivery: { readonly contacts: readonly string[]; readonly emailDraft: boolean };
}

export type Direction = 'up' | 'down' | 'flat';
/** Whether a move is good news for the client: up is good for GMV, bad for the refund rate. */
export type Tone = 'good' | 'bad' | 'neutral';

export interface ScorecardRow {
  readonly metric: string;
  readonly format: MetricFormat;
  readonly current: number | null;
  readonly previous: number | null;
  /** Rates: the change in points as a fraction (0.003 = +0.30 pp). */
  readonly change: number | null;
  readonly changePercent: number | null;
  readonly yearAgo: number | null;
  readonly yearAgoChangePercent: number | null;
  readonly direction: Direction | null;
  readonly tone: Tone;
  /** As shown; '' where the value is missing. */
  readonly text: {
    readonly current: string;
    readonly previous: string;
    readonly change: string;
    readonly changePercent: string;
    readonly yearAgo: string;
    readonly yearAgoChangePercent: string;
  };
  /** Per trend bucket, oldest first (null where the bucket has no data): the sparkline. */
  readonly spark: readonly (number | null)[];
  /** Refunds still coming in (a recent period): shown marked "not final", its change never judged (no arrow, no colour, no sentence). */
  readonly notFinal?: boolean;
  /** Why there is no value (e.g. no Analytics tab); the row is then left out of the narrative. */
  readonly missing?: string;
}

export interface Scorecard {
  readonly rows: readonly ScorecardRow[];
  /** Whether the year-ago column has data (the data reaches back); else why not. */
  readonly yearAgo: { readonly shown: true; readonly label: string } | { readonly shown: false; readonly reason: string };
  /** What the client reads about missing data: a period left out (with its coverage), metrics without data. */
  readonly notes: readonly string[];
  /** The same for the account team (internal appendix): the tab's problem as the product reports it. */
  readonly details: readonly string[];
}

export interface BridgeEffect {
  readonly factor: 'Traffic' | 'Conversion' | 'Basket';
  /** What the factor is: "visitors", "orders ÷ visitors", "AOV". */
  readonly measure: string;
  readonly previous: number;
  readonly current: number;
  readonly previousText: string;
  readonly currentText: string;
  /** The effect in money, to the cent; the three sum exactly to the GMV change. */
  readonly effect: number;
  readonly effectText: string;
}

export type Bridge =
  | {
      readonly ok: true;
      readonly previousGmv: number;
      readonly currentGmv: number;
      readonly change: number;
      readonly changeText: string;
      readonly effects: readonly BridgeEffect[];
      readonly method: string;
    }
  | { readonly ok: false; readonly reason: string; readonly detail?: string };

export interface SkuMove {
  readonly sku: string;
  /** Product name and variation from the order export; the SKU when the export has none. */
  readonly label: string;
  readonly current: number;
  readonly previous: number;
  readonly change: number;
  readonly currentText: string;
  readonly previousText: string;
  readonly changeText: string;
}

export interface SkuMovers {
  readonly up: readonly SkuMove[];
  readonly down: readonly SkuMove[];
  /** Why none is named, for the client. */
  readonly note?: string;
  /** The same for the account team (internal appendix): a tab, column or message. */
  readonly detail?: string;
}

export interface HealthItem {
  readonly metric: string;
  readonly status: HealthStatus;
  readonly valueText: string;
  readonly target: string;
  readonly note: string;
}

export interface HealthSection {
  /** `2026-10-24 – 2026-11-22 (30 days)` */
  readonly window: string;
  /** AT RISK first, then WATCH, NOT ENOUGH DATA, OK. */
  readonly items: readonly HealthItem[];
  /** Why there is no table, for the client. */
  readonly note?: string;
  /** For the account team (internal appendix): each metric's details (rows, formats, calendar sources) or the error. */
  readonly details: readonly string[];
}

export interface PromotionItem {
  readonly event: string;
  readonly type: string;
  readonly start: string;
  readonly end: string;
  readonly skus: string;
  readonly discount: string;
  readonly owner: string;
  readonly status: string;
}

export interface Promotions {
  readonly inPeriod: readonly PromotionItem[];
  readonly upcoming: readonly PromotionItem[];
  /** `2026-11-23 – 2026-12-06` */
  readonly upcomingWindow: string;
  /** Why the tab could not be read (internal appendix only: the section is left out). */
  readonly detail?: string;
}

export interface TrackerItem {
  readonly text: string;
  readonly owner: string;
  /** `YYYY-MM-DD`, or '' when none is set. */
  readonly due: string;
  readonly status: string;
  readonly overdue: boolean;
  /** The tracker's other useful column: priority, phase, mitigation. */
  readonly detail: string;
}

export interface TrackerSection {
  readonly tab: string;
  readonly items: readonly TrackerItem[];
  /** Why the tab could not be read (no tab, a bad cell): internal appendix only, the section is left out. */
  readonly detail?: string;
}

/** The account manager's own words for the period, each printed under its section after the machine text. */
export interface Commentary {
  readonly items: readonly { readonly section: ReportSection; readonly text: string }[];
  /** Rows that could not be placed (internal notes). */
  readonly details: readonly string[];
}

export interface TrendPoint {
  readonly label: string;
  readonly value: number | null;
  readonly text: string;
  /** A period to date among whole ones: its label says so, and charts draw it apart. */
  readonly partial: boolean;
  /** A day the evidence pack points at (a late order fell on it): drawn in the alarm colour. */
  readonly marked?: boolean;
}

export interface Trend {
  readonly title: string;
  readonly points: readonly TrendPoint[];
  /** A limit drawn across the chart (the evidence pack's health limit). */
  readonly limit?: { readonly value: number; readonly text: string };
}
