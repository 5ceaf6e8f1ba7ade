/**
 * Text PostgreSQL can store. `text` columns refuse U+0000, and `jsonb`
 * refuses both `\u0000` and a UTF-16 surrogate without its pair; JavaScript
 * strings may hold either. Requests carrying them are refused at the edge
 * (src/http/text-safety.ts); what Tessera keeps of any request regardless
 * (the API log) is made safe with `toSafeText` and cut with `sliceText`.
 */

/** A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const UNSAFE_TEXT = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_TEXT_ALL = new RegExp(UNSAFE_TEXT.source, 'g');

/** Whether `s` holds a character PostgreSQL cannot store in `text` or `jsonb`. */
export function isUnsafeText(s: string): boolean {
  return UNSAFE_TEXT.test(s);
}

/** `s` made storable: each NUL and unpaired surrogate becomes U+FFFD (one regex test when there is none). */
export function toSafeText(s: string): string {
  return UNSAFE_TEXT.test(s) ? s.replace(UNSAFE_TEXT_ALL, '\uFFFD') : s;
}

/** At most `max` UTF-16 units of `s`, never ending between the two halves of a surrogate pair. */
export function sliceText(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = max > 0 && /[\uD800-\uDBFF]/.test(s[max - 1]!) ? max - 1 : max;
  return s.slice(0, end);
}
