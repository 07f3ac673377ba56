/** The client update's sections, in its order: its agenda, and where a Commentary row goes. */
export const REPORT_SECTIONS = [
  'Headlines',
  'KPI scorecard',
  'GMV bridge and SKU movers',
  'Account health',
  'Promotions',
  'Actions, risks and next steps',
] as const;

export type ReportSection = (typeof REPORT_SECTIONS)[number];
