import { excerpt, InputError } from '../values/errors';
import type { Settings } from '../settings/settings';
import { cleanText } from '../values/cleanText';
import { metricFormula } from './metricFormula';

type KpiFormula = (table: unknown, start: unknown, end: unknown, settings: Settings) => number | '';

const kpi =
  (metric: string): KpiFormula =>
  (table, start, end, settings) =>
    metricFormula(metric, table, start, end, settings);

/** TTS_GMV: gross by default (Seller Center's definition); basis "net" leaves out cancellations and refunds. */
export function ttsGmv(table: unknown, start: unknown, end: unknown, basis: unknown, settings: Settings): number | '' {
  const text = cleanText(basis).toLowerCase();
  if (text !== '' && text !== 'gross' && text !== 'net')
    throw new InputError(`'basis' must be "gross" (the default) or "net"; got '${excerpt(cleanText(basis))}'.`);
  return metricFormula(text === 'net' ? 'Net GMV' : 'GMV', table, start, end, settings);
}

export const ttsOrders = kpi('Orders');
export const ttsUnits = kpi('Units');
export const ttsAov = kpi('AOV');
export const ttsCtr = kpi('CTR');
export const ttsCvr = kpi('CVR');
export const ttsRefundRate = kpi('Refund rate');
export const ttsCancelRate = kpi('Cancel rate');
