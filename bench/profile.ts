/**
 * CPU profile of one pivot case, the pivot runs only (not data generation): prints self time by
 * function and writes the .cpuprofile (open it in Chrome DevTools › Performance).
 * Usage: tsx bench/profile.ts [lines=300000] [week|Seller SKU] [ours|arquero] [out=/tmp/pivot.cpuprofile]
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { performance } from 'node:perf_hooks';
import { ttsPivot } from '../src/core/formulas/pivotFormula';
import { DEFAULT_SETTINGS } from '../src/core/settings/settings';
import { generateOrderExport } from '../src/demo/orderExport';
import { arqueroPivot } from './arqueroPivot';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

function summarize(profile: Profile): void {
  const self = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    total += hits;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'}  ${f.url.split('/').slice(-3).join('/')}`;
    self.set(key, (self.get(key) ?? 0) + hits);
  }
  for (const [key, hits] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`${((100 * hits) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
}

async function main(): Promise<void> {
  const [lines = '300000', groupBy = 'Seller SKU', engine = 'ours', out = '/tmp/pivot.cpuprofile'] = process.argv.slice(2);
  const input = generateOrderExport({ seed: 1, endDay: '2026-11-22', days: 112, lines: Number(lines) });
  const run = (): void => {
    if (engine === 'arquero') arqueroPivot(input.slice(), groupBy as 'week' | 'Seller SKU');
    else ttsPivot(input.slice(), groupBy, 'GMV,Orders,Units,AOV,Refund rate', '', '', DEFAULT_SETTINGS);
  };
  run(); // warm-up, not profiled
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  await post(session, 'Profiler.start');
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    run();
    console.log(`${engine} by ${groupBy}, ${lines} lines, run ${i + 1}: ${(performance.now() - t0).toFixed(1)} ms`);
  }
  const { profile } = await post<{ profile: Profile }>(session, 'Profiler.stop');
  session.disconnect();
  writeFileSync(out, JSON.stringify(profile));
  summarize(profile);
  console.log(`profile written to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
