import fc from 'fast-check';

// One seed, so every run (and CI) checks the same cases; FC_SEED=random explores new ones, FC_SEED=<n> replays a failure.
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20261201 });
