import type { Trend, TrendPoint } from '../clientUpdate';
import { escapeHtml } from '../../values/escapeHtml';

const BAR = '#2f6fdf';
const BAR_CURRENT = '#12376f';
const AXIS = '#8a94a6';
const ALARM = '#b3261e';
/** Past this many bars, only every n-th is labelled, and only marked bars carry their value. */
const LABELLED_BARS = 16;

/**
 * The trend as an inline SVG bar chart: one labelled bar per bucket, the last (this period) darker, a
 * period to date outlined, "no data" where unknown; marked bars in the alarm colour and a limit as a dashed line.
 */
export function trendChartSvg(points: readonly TrendPoint[], title: string, limit?: Trend['limit'], width = 640, height = 220): string {
  const top = 28;
  const bottom = 36;
  const left = 8;
  const plotHeight = height - top - bottom;
  const slot = (width - 2 * left) / Math.max(points.length, 1);
  const max = Math.max(0, limit?.value ?? 0, ...points.map((p) => p.value ?? 0));
  const every = Math.ceil(points.length / LABELLED_BARS);
  const bars = points.map((p, i) => {
    const x = left + i * slot + slot * 0.15;
    const w = slot * 0.7;
    const label =
      i % every
        ? ''
        : `<text x="${(x + w / 2).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle" class="axis">${escapeHtml(p.label)}</text>`;
    if (p.value === null) {
      if (every > 1) return label;
      return `${label}<text x="${(x + w / 2).toFixed(1)}" y="${(top + plotHeight - 4).toFixed(1)}" text-anchor="middle" class="nodata">no data</text>`;
    }
    const h = max > 0 ? (Math.max(p.value, 0) / max) * plotHeight : 0;
    const y = top + plotHeight - h;
    const color = p.marked ? ALARM : i === points.length - 1 ? BAR_CURRENT : BAR;
    const value = every === 1 || p.marked ? p.text : '';
    const paint = p.partial ? `fill="#ffffff" stroke="${color}" stroke-dasharray="4 2"` : `fill="${color}"`;
    return (
      `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" ${paint}><title>${escapeHtml(`${p.label}: ${p.text}`)}</title></rect>` +
      `<text x="${(x + w / 2).toFixed(1)}" y="${(y - 5).toFixed(1)}" text-anchor="middle" class="value">${escapeHtml(value)}</text>${label}`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}">` +
    `<style>.axis{font:11px sans-serif;fill:${AXIS}}.value{font:10px sans-serif;fill:#1f2937}.nodata{font:10px sans-serif;fill:${AXIS}}</style>` +
    `<line x1="${left}" y1="${top + plotHeight}" x2="${width - left}" y2="${top + plotHeight}" stroke="${AXIS}" stroke-width="1"/>` +
    bars.join('') +
    limitLine(limit, max, top, plotHeight, left, width) +
    '</svg>'
  );
}

/** The limit across the plot, labelled at its right end. */
function limitLine(limit: Trend['limit'], max: number, top: number, plotHeight: number, left: number, width: number): string {
  if (!limit || max <= 0) return '';
  const y = (top + plotHeight - (limit.value / max) * plotHeight).toFixed(1);
  return (
    `<line x1="${left}" y1="${y}" x2="${width - left}" y2="${y}" stroke="${ALARM}" stroke-width="1.5" stroke-dasharray="6 3"/>` +
    `<text x="${width - left}" y="${(+y - 4).toFixed(1)}" text-anchor="end" class="axis">limit ${escapeHtml(limit.text)}</text>`
  );
}

/** A small line of the values (gaps where null), its last point marked: hollow when it is a period to date. */
export function sparklineSvg(values: readonly (number | null)[], label: string, lastToDate = false, width = 96, height = 22): string {
  const known = values.map((v, i) => [i, v] as const).filter((p): p is readonly [number, number] => p[1] !== null);
  if (known.length < 2) return '';
  const min = Math.min(...known.map(([, v]) => v));
  const max = Math.max(...known.map(([, v]) => v));
  const x = (i: number): number => 2 + (i / Math.max(values.length - 1, 1)) * (width - 4);
  const y = (v: number): number => (max === min ? height / 2 : 2 + (1 - (v - min) / (max - min)) * (height - 4));
  const segments: string[] = [];
  let current: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length > 1) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (current.length > 1) segments.push(current.join(' '));
  const [lastIndex, lastValue] = known[known.length - 1];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="spark" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}">` +
    segments.map((points) => `<polyline points="${points}" fill="none" stroke="${BAR}" stroke-width="1.5"/>`).join('') +
    `<circle cx="${x(lastIndex).toFixed(1)}" cy="${y(lastValue).toFixed(1)}" r="2.2" ${lastToDate ? `fill="#ffffff" stroke="${BAR_CURRENT}"` : `fill="${BAR_CURRENT}"`}/></svg>`
  );
}
