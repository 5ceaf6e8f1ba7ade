/**
 * Memory and CPU of a process and all its descendants, read from /proc (Linux).
 * Memory as RSS (what `ps` shows; shared pages such as PostgreSQL's shared
 * buffers count once per process) and PSS (shared pages divided among the
 * processes that map them, so the sum is the tree's real share of memory).
 */
import fs from 'node:fs';

export interface TreeMemory {
  /** Sum of VmRSS over the tree, MiB. */
  rssMiB: number;
  /** Sum of Pss over the tree, MiB. */
  pssMiB: number;
  /** RSS of the root process alone (Node), MiB. */
  rootRssMiB: number;
  processes: number;
}

function parentOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const ppid = parentOf(pid);
    if (ppid === null) continue;
    let list = children.get(ppid);
    if (!list) children.set(ppid, (list = []));
    list.push(pid);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function cpuTicks(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime (fields 14 and 15 of stat; 12 and 13 after the state).
    return Number(f[11]) + Number(f[12]);
  } catch {
    return 0;
  }
}

/** CPU seconds used so far by the root process and by its descendants (PostgreSQL). */
export function treeCpu(root: number): { rootSec: number; descendantsSec: number } {
  const [, ...rest] = descendants(root);
  return {
    rootSec: cpuTicks(root) / TICKS_PER_SECOND,
    descendantsSec: rest.reduce((a, pid) => a + cpuTicks(pid), 0) / TICKS_PER_SECOND,
  };
}

function kiB(file: string, field: string): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(file, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export function treeMemory(root: number): TreeMemory {
  let rss = 0;
  let pss = 0;
  const pids = descendants(root);
  for (const pid of pids) {
    rss += kiB(`/proc/${pid}/status`, 'VmRSS');
    pss += kiB(`/proc/${pid}/smaps_rollup`, 'Pss');
  }
  const mib = (k: number) => Math.round((k / 1024) * 10) / 10;
  return { rssMiB: mib(rss), pssMiB: mib(pss), rootRssMiB: mib(kiB(`/proc/${root}/status`, 'VmRSS')), processes: pids.length };
}

/** Samples `treeMemory(root)` every `everyMs` until stopped; returns the peak and mean. */
export function sampleTreeMemory(root: number, everyMs = 500) {
  const samples: TreeMemory[] = [];
  const timer = setInterval(() => samples.push(treeMemory(root)), everyMs);
  return {
    stop() {
      clearInterval(timer);
      if (samples.length === 0) samples.push(treeMemory(root));
      const peak = (k: keyof TreeMemory) => Math.max(...samples.map((s) => s[k]));
      const mean = (k: keyof TreeMemory) => Math.round((samples.reduce((a, s) => a + s[k], 0) / samples.length) * 10) / 10;
      return {
        samples: samples.length,
        peak: { rssMiB: peak('rssMiB'), pssMiB: peak('pssMiB'), rootRssMiB: peak('rootRssMiB'), processes: peak('processes') },
        mean: { rssMiB: mean('rssMiB'), pssMiB: mean('pssMiB'), rootRssMiB: mean('rootRssMiB'), processes: mean('processes') },
      };
    },
  };
}

/** CPU seconds the whole machine has spent busy (all cores, all processes) since boot. */
export function machineBusySec(): number {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  // cpu  user nice system idle iowait irq softirq steal …
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / TICKS_PER_SECOND;
}
