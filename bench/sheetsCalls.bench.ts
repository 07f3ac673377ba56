// The Sheets calls of a refresh at the Sheets ceiling (160,000 order lines) against 1,000 lines: they must not grow.
import { refreshCalls } from '../test/support/refreshCalls';

const LINES = Number(process.env.BENCH_CALL_LINES ?? 160_000);
const small = refreshCalls(1_000);
const started = performance.now();
const large = refreshCalls(LINES);
const same = JSON.stringify(large) === JSON.stringify(small);
const total = Object.values(large).reduce((sum, count) => sum + count, 0);
console.log(
  `Refresh on the Sheets fake, ${LINES.toLocaleString('en-US')} lines: ${total} Sheets calls (${same ? 'the same as for 1,000 lines' : 'MORE than for 1,000 lines'}); ${((performance.now() - started) / 1000).toFixed(1)} s with set-up`,
);
if (!same) {
  console.log(JSON.stringify({ small, large }, null, 1));
  process.exitCode = 1;
}
