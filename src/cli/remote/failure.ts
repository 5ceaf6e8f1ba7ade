/**
 * What a remote command that the API refused, or that got no answer, prints on
 * stderr: the SDK's one-line description of the API's error; "cannot reach
 * Tessera at URL" when no answer came (not `0 NETWORK_ERROR: fetch failed`);
 * and after a 401 on a saved login, how to log in again.
 */
import type { TesseraApiError } from 'tessera/sdk';
import { DEFAULT_PROFILE } from './profile.js';

export interface FailureContext {
  /** The server the command talked to. */
  url: string | undefined;
  /** The saved profile whose credential the command used, if it used one. */
  savedProfile: string | undefined;
}

/** `fetch failed (connect ECONNREFUSED 127.0.0.1:8080)` → `connect ECONNREFUSED 127.0.0.1:8080`: the cause says more. */
function reason(e: TesseraApiError): string {
  const detail = e.detail ?? '';
  const cause = /^fetch failed \((.+)\)$/s.exec(detail)?.[1];
  return cause ?? (detail === 'fetch failed' ? '' : detail);
}

export function describeFailure(e: TesseraApiError, ctx: FailureContext): string {
  if (e.status === 0) {
    const why = reason(e);
    return `tessera: cannot reach Tessera at ${ctx.url ?? 'the server'}${why ? ` (${why})` : ''}\n`;
  }
  const line = `tessera: ${e.message}\n`;
  if (e.status !== 401 || !ctx.savedProfile) return line;
  // The credential was not typed on this command line: the saved one has expired, been revoked or logged out.
  const login = ctx.savedProfile === DEFAULT_PROFILE ? 'tessera login' : `tessera login --profile ${ctx.savedProfile}`;
  return `${line}The login saved as profile "${ctx.savedProfile}" is no longer accepted (expired, revoked or logged out): run "${login}" to log in again.\n`;
}
