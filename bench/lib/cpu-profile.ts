/** Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): self time per function and per area. */
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface SelfTime {
  name: string;
  ms: number;
  /** Share of the busy (non-idle) time, percent. */
  percent: number;
}

export interface ProfileSummary {
  file: string;
  /** Whether only the samples inside the requested window were counted. */
  windowed: boolean;
  busyMs: number;
  idleMs: number;
  functions: SelfTime[];
  /** Every area (there are a few dozen), so their shares add up to the busy time. */
  areas: SelfTime[];
  /** Time with the area anywhere on the stack (callers include their callees). */
  areasInclusive: SelfTime[];
  /** Tessera's own functions by time on the stack. */
  tesseraInclusive: SelfTime[];
}

function shortUrl(url: string): string {
  if (!url) return '';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 'node_modules/'.length);
  const src = url.search(/\/(dist|src)\//);
  if (src >= 0) return url.slice(src + 1);
  return url.replace(/^file:\/\//, '');
}

/** Where a function lives: a package, node core, Tessera's own code, or V8 (GC, program). */
function areaOf(frame: ProfileNode['callFrame']): string {
  const url = frame.url;
  if (!url) return frame.functionName.startsWith('(') ? `v8 ${frame.functionName}` : 'native / builtins';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return 'node core (' + url.slice(5).split('/').slice(0, 2).join('/') + ')';
  const own = url.search(/\/(dist|src)\//);
  if (own >= 0) return 'tessera ' + url.slice(own + 1).split('/').slice(0, -1).join('/');
  return url;
}

/**
 * `window` (microseconds of the monotonic clock, as `process.hrtime` reads it in any
 * process of this machine) limits the summary to the samples taken under load, so
 * start-up (module loading, migrations, demo seeding) does not blur it.
 */
export function summarizeProfile(file: string, window?: { fromUs: number; toUs: number }, top = 25): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const windowed = window !== undefined && window.fromUs >= profile.startTime && window.toUs <= profile.endTime;
  const selfUs = new Map<number, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (windowed && (t < window.fromUs || t > window.toUs)) continue;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  }
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const fn = new Map<string, number>();
  const area = new Map<string, number>();
  const areaIncl = new Map<string, number>();
  const ownIncl = new Map<string, number>();
  let idle = 0;
  let busy = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') {
      idle += us;
      continue;
    }
    busy += us;
    const where = shortUrl(frame.url);
    const name = `${frame.functionName || '(anonymous)'}${where ? ` ${where}:${frame.lineNumber + 1}` : ''}`;
    fn.set(name, (fn.get(name) ?? 0) + us);
    const a = areaOf(frame);
    area.set(a, (area.get(a) ?? 0) + us);
    const areas = new Set<string>();
    const own = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const f = byId.get(n)!.callFrame;
      if (f.functionName === '(root)') continue;
      areas.add(areaOf(f));
      if (/\/(dist|src)\//.test(f.url) && !f.url.includes('node_modules')) own.add(`${f.functionName || '(anonymous)'} ${shortUrl(f.url)}:${f.lineNumber + 1}`);
    }
    for (const x of areas) areaIncl.set(x, (areaIncl.get(x) ?? 0) + us);
    for (const x of own) ownIncl.set(x, (ownIncl.get(x) ?? 0) + us);
  }
  const rank = (m: Map<string, number>, n: number): SelfTime[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10, percent: Math.round((us / busy) * 1000) / 10 }));
  return { file, windowed, busyMs: Math.round(busy / 1000), idleMs: Math.round(idle / 1000), functions: rank(fn, top), areas: rank(area, area.size), areasInclusive: rank(areaIncl, 15), tesseraInclusive: rank(ownIncl, 20) };
}
