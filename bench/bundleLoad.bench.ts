// Apps Script evaluates the whole project before every custom-function call: how long that costs.
import { statSync } from 'node:fs';
import { BUNDLE_PATH, loadBundle } from '../test/support/loadBundle';

const RUNS = 50;
loadBundle(); // warm-up
const started = performance.now();
const cpuStarted = process.cpuUsage();
for (let i = 0; i < RUNS; i++) loadBundle();
const perCall = (performance.now() - started) / RUNS;
const cpu = process.cpuUsage(cpuStarted);
const cpuPerCall = (cpu.user + cpu.system) / 1000 / RUNS; // steadier than wall time on a shared machine
console.log(
  `dist/Code.js: ${(statSync(BUNDLE_PATH).size / 1024).toFixed(0)} KiB; compile + evaluate in a fresh V8 context: ${perCall.toFixed(1)} ms (mean of ${RUNS}; CPU ${cpuPerCall.toFixed(1)} ms)`,
);
