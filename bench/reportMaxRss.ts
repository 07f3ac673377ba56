// Preloaded into a benchmarked child process: prints its peak resident memory when it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\nmaxRSS ${process.resourceUsage().maxRSS}\n`));
