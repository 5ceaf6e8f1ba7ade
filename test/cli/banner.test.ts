/** The start banner of `tessera serve` (issue 13, deliverable 7); the process test reads it from a real start. */
import { describe, expect, it } from 'vitest';
import { browsableUrl, startBanner } from '../../src/cli/banner.js';
import type { DemoFile } from '../../src/cli/demo.js';

describe('startBanner', () => {
  it('names the dashboard and the API reference', () => {
    expect(startBanner({ address: 'http://127.0.0.1:8080' })).toBe(
      '\nTessera is listening on http://127.0.0.1:8080\n  Dashboard      http://127.0.0.1:8080/dashboard\n  API reference  http://127.0.0.1:8080/docs\n\n',
    );
  });

  it('adds the demo admin login, as the dashboard login form asks for it', () => {
    const admin = { userId: 'u', accountId: 'a', accountAlias: 'demo-source', email: 'admin@demo-source.test', password: 'pw-123' };
    const demo = { source: { admin } } as unknown as DemoFile;
    const banner = startBanner({ address: 'http://127.0.0.1:8080', demo, demoFile: 'data/demo.json' });
    expect(banner).toContain('  Demo login     account alias demo-source, email admin@demo-source.test, password pw-123\n');
    expect(banner).toContain('(the other demo users and keys are in data/demo.json)');
  });

  it('shows an address listening on every interface as one a browser opens', () => {
    expect(browsableUrl('http://[::]:8080')).toBe('http://localhost:8080');
    expect(browsableUrl('http://0.0.0.0:8080')).toBe('http://localhost:8080');
    expect(browsableUrl('http://[::1]:8080')).toBe('http://[::1]:8080');
    expect(browsableUrl('http://10.0.0.5:8080')).toBe('http://10.0.0.5:8080');
  });
});
