// Timing shared by the engine benchmarks: a full GC before each run, the median of wall and CPU time.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full garbage collection before each timed run, without needing `node --expose-gc`.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Median wall-clock and CPU milliseconds (the process's user + system time, GC threads included) of
 * `runs` timed calls after one warm-up; each call gets a fresh outer array. CPU time is the steadier
 * figure on a shared machine.
 */
export function time<T>(input: unknown[][], runs: number, f: (table: unknown[][]) => T): { ms: number; cpuMs: number; result: T } {
  let result = f(input.slice());
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const table = input.slice();
    collectGarbage();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = f(table);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: median(wall), cpuMs: median(cpu), result };
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

export function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}
