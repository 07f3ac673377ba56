/**
 * The engine against its floor: for TTS_PIVOT by week and by Seller SKU, TTS_COMPARE, TTS_HEALTH
 * and TTS_LISTING_QA, ours vs arquero 8 vs a hand-written single pass that reads only the cells the
 * result needs (bench/floors/). Prints each time, ours ÷ floor and ours ÷ arquero, checks that all
 * three agree, and exits 1 on a mismatch.
 * Usage: npm run build && tsx bench/engineFloors.bench.ts [--lines=100000] [--products=5000] [--runs=7] [--only=TTS_HEALTH]
 */
import { ttsCompare } from '../src/core/formulas/compareFormula';
import { ttsHealth } from '../src/core/formulas/healthFormulas';
import { ttsPivot } from '../src/core/formulas/pivotFormula';
import { ttsListingQa } from '../src/core/formulas/qaFormulas';
import { DEFAULT_SETTINGS } from '../src/core/settings/settings';
import { generateOrderExport } from '../src/demo/orderExport';
import { arqueroPivot } from './arqueroPivot';
import { arqueroCompare } from './floors/arqueroCompare';
import { arqueroHealth } from './floors/arqueroHealth';
import { healthFloor, type RateCounts } from './floors/healthFloor';
import { arqueroListing } from './floors/arqueroListing';
import { demoProducts } from './floors/demoProducts';
import { listingFloor } from './floors/listingFloor';
import { floorCompare, floorPivot, type FloorGroup } from './floors/orderFloors';
import { arg, fmt, loadAverage, time } from './timing';

const PIVOT_METRICS = 'GMV,Orders,Units,AOV,Refund rate';
const COMPARE_METRICS = 'GMV,Orders,Units,AOV,Refund rate,Cancel rate';

interface Totals {
  gmv: number;
  orders: number;
  units: number;
  refunded: number;
}
type Keyed = Map<string, Totals | number>;

/** Differences between two results keyed by group, GMV to the cent and counts exactly. */
function differences(name: string, a: Keyed, b: Keyed): string[] {
  const problems: string[] = [];
  if (a.size !== b.size) problems.push(`${name}: ${a.size} groups vs ${b.size}`);
  for (const [key, x] of a) {
    const y = b.get(key);
    if (!y) problems.push(`${name}: group ${key} missing`);
    else if (typeof x === 'number' || typeof y === 'number' ? x !== y : !sameTotals(x, y))
      problems.push(`${name}: ${key} ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
  }
  return problems;
}

const sameTotals = (x: Totals, y: Totals): boolean =>
  Math.abs(x.gmv - y.gmv) < 0.005 && x.orders === y.orders && x.units === y.units && x.refunded === y.refunded;

/** Listing findings counted per row and check. */
function fromFindings(table: unknown[][]): Keyed {
  const counts: Keyed = new Map();
  if (table[0][0] === 'OK') return counts;
  for (const row of table.slice(1)) counts.set(`${row[0]}:${row[2]}`, ((counts.get(`${row[0]}:${row[2]}`) as number | undefined) ?? 0) + 1);
  return counts;
}

/** Health rates as numerator and denominator, keyed by metric. */
const rates = (counts: Record<string, RateCounts>): Keyed =>
  new Map(Object.entries(counts).map(([metric, c]) => [metric, { gmv: 0, orders: c.denominator, units: 0, refunded: c.numerator }]));

const fromHealth = (table: unknown[][]): Keyed =>
  new Map(table.slice(1).map((row) => [String(row[0]), { gmv: 0, orders: Number(row[5]), units: 0, refunded: Number(row[4]) }]));

const fromFloor = (groups: Map<string | number, FloorGroup>): Keyed => new Map([...groups].map(([k, g]) => [String(k), g]));

/** A pivot's rows keyed by label; refunded orders back from the rate. */
function fromPivot(table: unknown[][]): Keyed {
  const at = (name: string): number => (table[0] as string[]).indexOf(name);
  return new Map(
    table.slice(1).map((row) => {
      const orders = Number(row[at('Orders')]);
      return [
        String(row[0]),
        { gmv: Number(row[at('GMV')]), orders, units: Number(row[at('Units')]), refunded: Math.round(Number(row[at('Refund rate')]) * orders) },
      ];
    }),
  );
}

/** TTS_COMPARE's Current and Previous columns keyed as windows; cancelled orders as a fourth count. */
function fromCompare(table: unknown[][]): Keyed {
  const value = (metric: string, column: number): number => Number(table.find((row) => row[0] === metric)![column]);
  const window = (column: number): Totals => {
    const orders = value('Orders', column);
    return {
      gmv: value('GMV', column),
      orders,
      units: value('Units', column),
      refunded: Math.round(value('Refund rate', column) * orders) * 1e6 + Math.round(value('Cancel rate', column) * orders),
    };
  };
  return new Map([
    ['current', window(1)],
    ['previous', window(2)],
  ]);
}

const windowsOf = (w: { current: FloorGroup | (Totals & { cancelled: number }); previous: FloorGroup | (Totals & { cancelled: number }) }): Keyed =>
  new Map(Object.entries(w).map(([key, g]) => [key, { gmv: g.gmv, orders: g.orders, units: g.units, refunded: g.refunded * 1e6 + g.cancelled }]));

interface Case {
  readonly name: string;
  readonly input: unknown[][];
  readonly size: string;
  readonly ours: (t: unknown[][]) => Keyed;
  readonly arquero: (t: unknown[][]) => Keyed;
  readonly floor: (t: unknown[][]) => Keyed;
}

function main(): void {
  const lines = Number(arg('lines') ?? 100_000);
  const runs = Number(arg('runs') ?? 7);
  console.log(`node ${process.version}; load average before: ${loadAverage()}`);
  const orders = generateOrderExport({ seed: 1, endDay: '2026-11-22', days: 112, lines });
  const size = `${fmt(lines)} lines`;
  const productCount = Number(arg('products') ?? 5_000);
  const products = demoProducts(productCount);
  const qa = DEFAULT_SETTINGS.qa;
  const cases: Case[] = [
    ...(['week', 'Seller SKU'] as const).map((groupBy): Case => ({
      name: `TTS_PIVOT by ${groupBy}`,
      input: orders,
      size,
      ours: (t) => fromPivot(ttsPivot(t, groupBy, PIVOT_METRICS, '', '', DEFAULT_SETTINGS)),
      arquero: (t) => new Map(arqueroPivot(t, groupBy).map((r) => [r.key, { ...r, refunded: Math.round(r.refundRate * r.orders) }])),
      floor: (t) => fromFloor(floorPivot(t, groupBy)),
    })),
    {
      name: 'TTS_COMPARE WoW',
      input: orders,
      size,
      ours: (t) => fromCompare(ttsCompare(t, COMPARE_METRICS, 'WoW', '', DEFAULT_SETTINGS)),
      arquero: (t) => windowsOf(arqueroCompare(t)),
      floor: (t) => windowsOf(floorCompare(t)),
    },
    {
      name: 'TTS_HEALTH',
      input: orders,
      size,
      ours: (t) => fromHealth(ttsHealth(t, '', '', DEFAULT_SETTINGS)),
      arquero: (t) => rates(arqueroHealth(t, DEFAULT_SETTINGS.health)),
      floor: (t) => rates(healthFloor(t, DEFAULT_SETTINGS.health)),
    },
    {
      name: 'TTS_LISTING_QA',
      input: products,
      size: `${fmt(productCount)} products`,
      ours: (t) => fromFindings(ttsListingQa(t, DEFAULT_SETTINGS)),
      arquero: (t) => arqueroListing(t, qa),
      floor: (t) => listingFloor(t, qa),
    },
  ];
  const table = [
    '| case | input | floor ms | ours ms | arquero ms | ours ÷ floor | ours ÷ arquero | floor CPU ms | ours CPU ms | arquero CPU ms | all agree |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  let mismatches = 0;
  const only = arg('only');
  for (const c of cases.filter((c) => !only || c.name.includes(only))) {
    const floor = time(c.input, runs, c.floor);
    const ours = time(c.input, runs, c.ours);
    const arquero = time(c.input, runs, c.arquero);
    const problems = [
      ...differences(`${c.name} ours vs floor`, ours.result, floor.result),
      ...differences(`${c.name} ours vs arquero`, ours.result, arquero.result),
    ];
    mismatches += problems.length;
    for (const p of problems.slice(0, 5)) console.error(`MISMATCH ${p}`);
    const line =
      `| ${c.name} | ${c.size} | ${fmt(floor.ms, 1)} | ${fmt(ours.ms, 1)} | ${fmt(arquero.ms, 1)} | ${fmt(ours.ms / floor.ms, 2)} | ${fmt(ours.ms / arquero.ms, 2)} | ` +
      `${fmt(floor.cpuMs)} | ${fmt(ours.cpuMs)} | ${fmt(arquero.cpuMs)} | ${problems.length ? 'NO' : 'yes'} |`;
    table.push(line);
    console.log(line);
  }
  console.log(`\n${table.join('\n')}\n\nload average after: ${loadAverage()}`);
  if (mismatches) process.exitCode = 1;
}

main();
