// Placeholder benchmark; replaced by the engine work.
import { analyze } from '../src/core';
const text = '"Hello," he said.\n'.repeat(60000);
const t0 = performance.now();
analyze(text);
const ms = performance.now() - t0;
console.log(`engine: ${(text.length / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
