/** Astra media types (astra-api.md §1): request Content-Type, Accept negotiation, If-Match. */
import { AstraProblem } from './problems.js';

const REQUEST_TYPES = new Set(['application/astra-token+json', 'application/json']);

function mediaType(value: string): string {
  return value.split(';')[0]!.trim().toLowerCase();
}

/** POST and PUT bodies: `application/astra-token+json` or `application/json`, `charset` allowed. */
export function checkRequestContentType(header: string | undefined): void {
  if (header === undefined) return;
  const [type, ...params] = header.split(';').map((s) => s.trim());
  const badParam = params.find((p) => p !== '' && !/^charset=("?)utf-8\1$/i.test(p));
  if (!REQUEST_TYPES.has((type ?? '').toLowerCase()) || badParam) {
    throw new AstraProblem(12, { invalidParams: [{ name: 'Content-Type', reason: 'must be application/astra-token+json or application/json' }] });
  }
}

/** Whether `accept` admits `produced` (absent, `*\/*`, `application/*`, `application/json`, or `produced` itself). */
export function acceptable(accept: string | undefined, produced: string): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  for (const part of accept.split(',')) {
    const [range, ...params] = part.split(';').map((s) => s.trim());
    const q = params.find((p) => /^q=/i.test(p));
    if (q && Number(q.slice(2)) === 0) continue;
    const r = mediaType(range ?? '');
    if (r === '*/*' || r === 'application/*' || r === 'application/json' || r === produced) return true;
  }
  return false;
}

/**
 * `If-Match` / `If-None-Match`: `*` or a list of quoted entity tags (weak ones
 * compare by their tag). Returns null when the header is absent; throws
 * problem 12 when it is malformed.
 */
export function entityTags(header: string | undefined, name: string): string[] | '*' | null {
  if (header === undefined) return null;
  const value = header.trim();
  if (value === '*') return '*';
  const tags: string[] = [];
  const re = /\s*(?:W\/)?("[^"]*")\s*(?:,|$)/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(value)) !== null && m[0] !== '') {
    tags.push(m[1]!);
    end = re.lastIndex;
  }
  if (tags.length === 0 || end !== value.length) throw new AstraProblem(12, { invalidParams: [{ name, reason: 'must be * or a list of quoted entity tags' }] });
  return tags;
}

export function matchesTag(tags: string[] | '*', etag: string): boolean {
  return tags === '*' || tags.includes(etag);
}
