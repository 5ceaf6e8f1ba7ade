/**
 * What `tessera serve` prints once it listens: where the dashboard and the API
 * reference are and, with `--demo`, whom to log in as — the first things a new
 * user looks for, printed last so they are the lines left on the screen.
 */
import type { DemoFile } from './demo.js';

/**
 * A URL a browser can open: listening on every interface (`--host 0.0.0.0` or `::`)
 * is reachable on this machine at localhost, which is what a person types.
 */
export function browsableUrl(address: string): string {
  return address.replace(/^(https?:\/\/)(0\.0\.0\.0|\[::\])(?=[:/]|$)/, '$1localhost');
}

export function startBanner({ address, demo, demoFile }: { address: string; demo?: DemoFile | null; demoFile?: string }): string {
  const url = browsableUrl(address);
  const lines = [`Tessera is listening on ${url}`, `  Dashboard      ${url}/dashboard`, `  API reference  ${url}/docs`];
  if (demo) {
    // The dashboard's login form asks for exactly these three: account alias, email, password.
    const admin = demo.source.admin;
    lines.push(`  Demo login     account alias ${admin.accountAlias}, email ${admin.email}, password ${admin.password}`);
    if (demoFile) lines.push(`                 (the other demo users and keys are in ${demoFile})`);
  }
  return `\n${lines.join('\n')}\n\n`;
}
