// One worker process's expiry-warning sweeps (the periodic job's work) at a fixed time, on DATABASE_URL:
// argv is the time (ISO 8601) and how many sweeps run at once; prints the number of warnings it sent.
import { manualClock } from '../../src/core/clock.js';
import { DEFAULT_EXPIRY_WARNING_LEADS } from '../../src/core/lead-time.js';
import { warnExpiringCredentials } from '../../src/lifecycle/index.js';
import { createDb } from '../../src/storage/database.js';
import { createStore } from '../../src/storage/store.js';

const [at, parallel = '3'] = process.argv.slice(2);
const db = createDb({ url: process.env.DATABASE_URL!, max: Number(parallel) + 1 });
const ctx = { store: createStore(db), clock: manualClock(new Date(at!)), defaultLeads: DEFAULT_EXPIRY_WARNING_LEADS };
Promise.all(Array.from({ length: Number(parallel) }, () => warnExpiringCredentials({ ctx })))
  .then((sent) => process.stdout.write(`${sent.reduce((a, b) => a + b, 0)}\n`))
  .finally(() => db.destroy())
  .then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
