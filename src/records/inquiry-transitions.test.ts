import { describe, expect, it } from 'vitest';
import { canTransition, INQUIRY_TRANSITIONS, type InquiryAction } from './inquiry-transitions.js';
import { INQUIRY_STATUSES } from './types.js';

/** connect-api.md §4, written out status by status so the table can be read against the spec. */
const SPEC: Record<InquiryAction, string> = {
  approve: 'completed needs_review',
  decline: 'completed needs_review',
  'mark-for-review': 'created pending completed expired failed',
  expire: 'created pending',
  complete: 'created pending',
  fail: 'created pending',
};

describe('inquiry transitions', () => {
  for (const [action, from] of Object.entries(SPEC) as Array<[InquiryAction, string]>) {
    it(`${action} is allowed exactly from ${from}`, () => {
      const allowed = INQUIRY_STATUSES.filter((s) => canTransition(action, s));
      expect(allowed.join(' ')).toBe(from);
    });
  }

  it('never lands on created or pending', () => {
    for (const rule of Object.values(INQUIRY_TRANSITIONS)) expect(['created', 'pending']).not.toContain(rule.to);
  });
});
