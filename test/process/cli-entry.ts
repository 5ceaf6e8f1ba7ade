// Runs the CLI from source (through tsx) exactly as bin/tessera.js runs it from dist/,
// so process tests never exercise a stale build.
import { main } from '../../src/main.js';

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
