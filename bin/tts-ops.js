#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's require hook: no build step, works offline after `npm ci`.
require('tsx/cjs');
const { main } = require('../src/local/cli/cli.ts');

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
