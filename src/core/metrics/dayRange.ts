/** Inclusive range of calendar days; open ends are ±Infinity. */
export interface DayRange {
  readonly from: number;
  readonly to: number;
}

export const ALL_DAYS: DayRange = { from: -Infinity, to: Infinity };

export function inRange(day: number, range: DayRange): boolean {
  return day >= range.from && day <= range.to;
}
