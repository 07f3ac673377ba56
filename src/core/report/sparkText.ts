const BLOCKS = '▁▂▃▄▅▆▇█';

/** A sparkline in block characters (▁▃▆█), a space where a value is missing: for Markdown and slides. */
export function sparkText(values: readonly (number | null)[]): string {
  const known = values.filter((v): v is number => v !== null);
  if (!known.length) return '';
  const min = Math.min(...known);
  const max = Math.max(...known);
  return values
    .map((v) => {
      if (v === null) return ' ';
      const level = max === min ? 3 : Math.round(((v - min) / (max - min)) * (BLOCKS.length - 1));
      return BLOCKS[level];
    })
    .join('');
}
