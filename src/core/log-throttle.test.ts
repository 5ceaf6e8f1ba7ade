import { describe, expect, it } from 'vitest';
import { createLogThrottle, errorKey } from './log-throttle.js';

describe('createLogThrottle', () => {
  it('logs each key once per window, then says how many it left out', () => {
    let now = 0;
    const lines: Array<{ obj: Record<string, unknown>; msg: string }> = [];
    const logger = { warn: (obj: object, msg: string) => void lines.push({ obj: obj as Record<string, unknown>, msg }) };
    const throttle = createLogThrottle(10_000, () => now);
    const down = new Error('Connection terminated unexpectedly');

    for (let i = 0; i < 50; i++, now += 100) throttle.warn(logger, errorKey('claim', down), down, 'could not claim due jobs');
    throttle.warn(logger, errorKey('tick', down), down, 'could not enqueue periodic jobs');
    expect(lines.map((l) => l.msg)).toEqual(['could not claim due jobs', 'could not enqueue periodic jobs']);

    now = 10_000;
    throttle.warn(logger, errorKey('claim', down), down, 'could not claim due jobs');
    expect(lines).toHaveLength(3);
    expect(lines[2]!.obj).toMatchObject({ err: down, suppressed: 49 });
  });
});
