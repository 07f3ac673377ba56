import type { DayRange } from '../../metrics/dayRange';
import { dayOfWallClock } from '../../values/calendarDay';
import type { EvidenceMetric } from './evidenceMetric';

/** One day of the window: the orders the rate counted that day, those against the shop, and the day's rate (null: none counted). */
export interface TimelineDay {
  readonly day: number;
  readonly counted: number;
  readonly against: number;
  readonly value: number | null;
}

/** One unit the rate counts (an order; a package for VTR by package), its order and whether it counts against the shop. */
export interface CountedUnit {
  readonly order: number;
  readonly against: boolean;
}

/** The daily rate over the window: each unit the rate counted on its order's day (shipped for LDR and VTR, paid for SFCR). */
export function evidenceTimeline(metric: EvidenceMetric, window: DayRange, units: readonly CountedUnit[], times: Float64Array): TimelineDay[] {
  const length = window.to - window.from + 1;
  const counted = new Array<number>(length).fill(0);
  const against = new Array<number>(length).fill(0);
  for (const unit of units) {
    const i = dayOfWallClock(times[unit.order]) - window.from;
    counted[i]++;
    if (unit.against) against[i]++;
  }
  return counted.map((n, i) => {
    const bad = against[i];
    const value = n === 0 ? null : metric === 'VTR' ? (n - bad) / n : bad / n;
    return { day: window.from + i, counted: n, against: bad, value };
  });
}
