/**
 * Lead times of expiry warnings ("7d", "1d", "1h", "30m"): parsed once at the
 * edge (configuration, the admin API), kept as seconds, and named by their
 * largest whole unit, so "24h" and "1d" are the same lead and every event
 * names it `1d`.
 */

/** 7 days and 1 day: what every organization gets unless the operator or the organization says otherwise. */
export const DEFAULT_EXPIRY_WARNING_LEADS: readonly number[] = Object.freeze([604_800, 86_400]);
/** The sweep runs once a minute, so a shorter lead could not be kept. */
export const MIN_LEAD_SECONDS = 60;
export const MAX_LEAD_SECONDS = 365 * 86_400;
export const MAX_LEADS = 10;
/** One lead as written: a whole number and a unit, days, hours or minutes. */
export const LEAD_PATTERN = '^[1-9][0-9]{0,5}[dhm]$';

const UNITS = { d: 86_400, h: 3_600, m: 60 } as const;

/** Seconds of one lead ("1d" → 86400), or null when it is not one (format or range). */
export function parseLead(text: string): number | null {
  const m = new RegExp(LEAD_PATTERN).exec(text);
  if (!m) return null;
  const seconds = Number(text.slice(0, -1)) * UNITS[text.slice(-1) as keyof typeof UNITS];
  return seconds >= MIN_LEAD_SECONDS && seconds <= MAX_LEAD_SECONDS ? seconds : null;
}

/** The name of a lead in its largest whole unit: 86400 → "1d", 5400 → "90m". */
export function formatLead(seconds: number): string {
  if (seconds % UNITS.d === 0) return `${seconds / UNITS.d}d`;
  if (seconds % UNITS.h === 0) return `${seconds / UNITS.h}h`;
  return `${Math.round(seconds / UNITS.m)}m`;
}

/** Leads without repeats, longest first (the order warnings come in). */
export function normalizeLeads(seconds: readonly number[]): number[] {
  return [...new Set(seconds)].sort((a, b) => b - a);
}

/**
 * A list of leads ("7d,1d,1h" or ["7d","1d"]) as seconds, or the reason it is
 * not one: 1 to 10 leads, each from 1m to 365d.
 */
export function parseLeads(list: string | readonly string[]): { leads: number[] } | { error: string } {
  const parts = (typeof list === 'string' ? list.split(',') : list).map((s) => s.trim());
  if (parts.length === 0 || parts.length > MAX_LEADS || (parts.length === 1 && parts[0] === '')) {
    return { error: `must be 1 to ${MAX_LEADS} lead times such as 7d, 1d, 1h or 30m` };
  }
  const leads: number[] = [];
  for (const p of parts) {
    const s = parseLead(p);
    if (s === null) return { error: `"${p}" is not a lead time: a whole number of days (d), hours (h) or minutes (m), from 1m to 365d` };
    leads.push(s);
  }
  return { leads: normalizeLeads(leads) };
}
