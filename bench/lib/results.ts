/** What every results file records (machine, versions, date, commit) and how it is written. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, log, sh } from './util.js';

export const RESULTS_DIR = path.join(ROOT, 'bench', 'results');

export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage1m: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}

export function gitInfo() {
  return { commit: sh('git', ['rev-parse', 'HEAD']), dirty: sh('git', ['status', '--porcelain']) !== '' };
}

export type Machine = ReturnType<typeof machineInfo>;

/** The header lines every markdown result starts with. */
export function header(title: string, started: Date, machine: Machine, git: ReturnType<typeof gitInfo>, command: string, postgres?: string): string[] {
  return [
    `# ${title} — ${started.toISOString()}`,
    '',
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, ${machine.platform}, Node ${machine.node}` +
      `${postgres ? `, ${postgres}` : ''}. Load average (1 min) at the start: ${machine.loadAverage1m}.`,
    `Commit ${git.commit || 'unknown'}${git.dirty ? ' (with uncommitted changes)' : ''}. Reproduce: \`${command}\`.`,
    '',
  ];
}

/**
 * What a reader should know about the machine's other load: taken from the
 * load average at the start (this bench itself pushes it up only later).
 */
export function loadNote(machine: Machine, command: string): string {
  return machine.loadAverage1m >= 1.5
    ? `The load average was ${machine.loadAverage1m} at the start: other work shared the 2 cores, so numbers are noisier than on a quiet machine. Re-run with \`${command}\` when the machine is idle.`
    : `The load average was ${machine.loadAverage1m} at the start: nothing else of note was running.`;
}

export const verdict = (met: boolean) => (met ? 'met' : '**missed**');

/** Writes bench/results/<name>-<UTC timestamp>.{json,md} and prints the markdown. */
export function writeResults(name: string, started: Date, json: unknown, markdown: string): { json: string; md: string } {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = started.toISOString().slice(0, 16).replace(/:/g, '-');
  const jsonFile = path.join(RESULTS_DIR, `${name}-${stamp}.json`);
  const mdFile = path.join(RESULTS_DIR, `${name}-${stamp}.md`);
  fs.writeFileSync(jsonFile, JSON.stringify(json, null, 2) + '\n');
  fs.writeFileSync(mdFile, markdown.endsWith('\n') ? markdown : markdown + '\n');
  log('\n' + markdown);
  log(`Results: ${path.relative(ROOT, jsonFile)}, ${path.relative(ROOT, mdFile)}`);
  return { json: jsonFile, md: mdFile };
}

export const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

/** Percentile of sorted or unsorted numbers (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
