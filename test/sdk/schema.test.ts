/** sdk/schema.ts is generated from the contract; this fails when it is stale (fix: `npm run sdk:generate`). */
import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderSdkSchema } from '../../scripts/sdk-schema.js';

describe('sdk/schema.ts', () => {
  it('matches the OpenAPI document the server publishes', async () => {
    const checkedIn = await fs.readFile(new URL('../../sdk/schema.ts', import.meta.url), 'utf8');
    const fresh = await renderSdkSchema();
    // A plain equality check would print 15,000 lines; say what to do instead.
    expect(checkedIn === fresh, 'sdk/schema.ts is out of date: run `npm run sdk:generate`').toBe(true);
  });
});
