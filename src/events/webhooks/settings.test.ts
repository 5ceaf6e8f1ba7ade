import { describe, expect, it } from 'vitest';
import { attemptDelayMs, attemptsLeftAfter } from './schedule.js';
import { payloadMatches, subscribesTo } from './settings.js';

describe('payloadMatches', () => {
  const payload = {
    data: {
      type: 'inquiry',
      id: 'inq_1',
      attributes: { status: 'completed', tags: ['vip', 'eu'], fields: { plan: { type: 'string', value: 'gold' } } },
      relationships: { account: { data: { type: 'account', id: 'act_1' } } },
    },
  };

  it('matches when the payload contains the filter', () => {
    expect(payloadMatches(payload, null)).toBe(true);
    expect(payloadMatches(payload, {})).toBe(true);
    expect(payloadMatches(payload, { data: { attributes: { status: 'completed' } } })).toBe(true);
    expect(payloadMatches(payload, { data: { relationships: { account: { data: { id: 'act_1' } } } } })).toBe(true);
    expect(payloadMatches(payload, { data: { attributes: { tags: ['eu'] } } })).toBe(true);
  });

  it('does not match otherwise', () => {
    expect(payloadMatches(payload, { data: { attributes: { status: 'failed' } } })).toBe(false);
    expect(payloadMatches(payload, { data: { attributes: { missing: null } } })).toBe(false);
    expect(payloadMatches(payload, { data: { attributes: { tags: ['us'] } } })).toBe(false);
    expect(payloadMatches(payload, { data: { attributes: { status: { nested: true } } } })).toBe(false);
  });
});

describe('subscribesTo', () => {
  it('matches names and the * wildcard', () => {
    expect(subscribesTo({ enabledEvents: ['inquiry.created'] }, 'inquiry.created')).toBe(true);
    expect(subscribesTo({ enabledEvents: ['inquiry.created'] }, 'inquiry.completed')).toBe(false);
    expect(subscribesTo({ enabledEvents: ['*'] }, 'webhook.disabled')).toBe(true);
    expect(subscribesTo({ enabledEvents: [] }, 'inquiry.created')).toBe(false);
  });
});

describe('retry schedule', () => {
  const schedule = [0, 5, 300, 1800, 7200, 18000, 36000, 36000];
  it('jitters each delay by at most ±10 % and ends after the last attempt', () => {
    expect(attemptDelayMs(schedule, 1, () => 0.5)).toBe(0);
    expect(attemptDelayMs(schedule, 2, () => 0)).toBe(4500);
    expect(attemptDelayMs(schedule, 2, () => 0.999999)).toBe(5500);
    expect(attemptDelayMs(schedule, 3, () => 0.5)).toBe(300_000);
    expect(attemptDelayMs(schedule, 9)).toBeNull();
    expect(attemptsLeftAfter(schedule, 1)).toBe(7);
    expect(attemptsLeftAfter(schedule, 8)).toBe(0);
  });
});
