import type { DayRange } from '../../metrics/dayRange';
import { dayOfWallClock } from '../../values/calendarDay';
import { VERDICT } from '../orderVerdicts';
import type { EvidenceMetric } from './evidenceMetric';

/** One day of the window: the orders the rate counted that day, those against the shop, and the day's rate (null: none counted). */
export interface TimelineDay {
  readonly day: number;
  readonly counted: number;
  readonly against: number;
  readonly value: number | null;
}

/** The daily rate over the window: each counted order on its day (shipped for LDR and VTR, paid for SFCR). */
export function evidenceTimeline(metric: EvidenceMetric, window: DayRange, verdicts: Uint8Array, times: Float64Array): TimelineDay[] {
  const length = window.to - window.from + 1;
  const counted = new Array<number>(length).fill(0);
  const against = new Array<number>(length).fill(0);
  verdicts.forEach((verdict, o) => {
    if (verdict !== VERDICT.fine && verdict !== VERDICT.against) return;
    const i = dayOfWallClock(times[o]) - window.from;
    counted[i]++;
    if (verdict === VERDICT.against) against[i]++;
  });
  return counted.map((n, i) => {
    const bad = against[i];
    const value = n === 0 ? null : metric === 'VTR' ? (n - bad) / n : bad / n;
    return { day: window.from + i, counted: n, against: bad, value };
  });
}
