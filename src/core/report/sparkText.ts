const BLOCKS = '▁▂▃▄▅▆▇█';

/** After a text sparkline whose last point is a period to date (the legend under the scorecard says so). */
export const TO_DATE_MARK = '◦';

/** A sparkline in block characters (▁▃▆█), a space where a value is missing, ◦ after a last point to date: for Markdown and slides. */
export function sparkText(values: readonly (number | null)[], lastToDate = false): string {
  const known = values.filter((v): v is number => v !== null);
  if (!known.length) return '';
  const min = Math.min(...known);
  const max = Math.max(...known);
  return (
    values
      .map((v) => {
        if (v === null) return ' ';
        const level = max === min ? 3 : Math.round(((v - min) / (max - min)) * (BLOCKS.length - 1));
        return BLOCKS[level];
      })
      .join('') + (lastToDate ? TO_DATE_MARK : '')
  );
}
