/**
 * The retry schedule of deliveries: delays in seconds before each scheduled
 * attempt (Standard Webhooks by default: at once, 5 s, 5 min, 30 min, 2 h,
 * 5 h, 10 h, 10 h), each with ±10 % jitter so failing endpoints are not hit
 * in lockstep.
 */

/** Delay in ms before scheduled attempt `n` (1-based), jittered; null when the schedule has no attempt `n`. */
export function attemptDelayMs(schedule: readonly number[], n: number, random: () => number = Math.random): number | null {
  const seconds = schedule[n - 1];
  if (seconds === undefined) return null;
  return Math.round(seconds * 1000 * (0.9 + random() * 0.2));
}

/** Scheduled attempts still to come after attempt `n` of the schedule. */
export function attemptsLeftAfter(schedule: readonly number[], n: number): number {
  return Math.max(0, schedule.length - n);
}
