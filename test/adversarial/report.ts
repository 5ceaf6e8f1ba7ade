/**
 * Collects every violation of a fuzz run, grouped into distinct findings
 * (operation + mutation + rule + status), each with one reproduction, and the
 * case counts per surface and mutation.
 */
import type { FuzzCase, FuzzRequest } from './cases.js';
import type { Answer, Violation } from './check.js';

export interface Finding {
  key: string;
  operation: string;
  mutation: string;
  rule: string;
  status: number | 'none';
  count: number;
  detail: string;
  credential: string;
  request: FuzzRequest;
  note: string;
  excerpt: string;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…(${s.length} chars)` : s);

/** A request in one line, credentials named rather than shown. */
export function reproduction(c: { credential: string }, req: FuzzRequest): string {
  const headers = Object.entries(req.headers)
    .map(([k, v]) => (k === 'authorization' ? `${k}: <${c.credential}>` : `${k}: ${JSON.stringify(clip(v, 60))}`))
    .join('; ');
  const payload = req.payload === undefined ? '' : ` body ${JSON.stringify(clip(Buffer.isBuffer(req.payload) ? req.payload.toString('latin1') : req.payload, 160))}`;
  const from = req.remoteAddress ? ` from ${req.remoteAddress}` : '';
  return `${req.method} ${clip(req.url, 160)} [${headers}]${payload}${from}`;
}

export class Report {
  readonly findings = new Map<string, Finding>();
  readonly requestsBySurface = new Map<string, number>();
  readonly requestsByMutation = new Map<string, number>();
  readonly operations = new Set<string>();
  /** Answers by mutation and status: shows the mutations reach the checks they aim at. */
  readonly statuses = new Map<string, Map<number, number>>();
  requests = 0;
  violations = 0;

  sent(c: FuzzCase): void {
    const n = c.requests.length;
    this.requests += n;
    this.operations.add(c.op.name);
    this.requestsBySurface.set(c.op.surface, (this.requestsBySurface.get(c.op.surface) ?? 0) + n);
    this.requestsByMutation.set(c.mutation, (this.requestsByMutation.get(c.mutation) ?? 0) + n);
  }

  /** Milliseconds spent per mutation (where the run time goes). */
  readonly elapsed = new Map<string, number>();

  readonly elapsedByOperation = new Map<string, number>();
  /** The slowest single requests, slowest first. */
  readonly slowest: Array<{ ms: number; line: string }> = [];

  timed(c: FuzzCase, req: FuzzRequest, ms: number): void {
    if (this.slowest.length >= 5 && ms <= this.slowest[this.slowest.length - 1]!.ms) return;
    this.slowest.push({ ms, line: `${c.op.name} · ${c.mutation} (${c.detail})` });
    this.slowest.sort((a, b) => b.ms - a.ms);
    this.slowest.length = Math.min(this.slowest.length, 5);
  }

  took(c: FuzzCase, ms: number): void {
    this.elapsed.set(c.mutation, (this.elapsed.get(c.mutation) ?? 0) + ms);
    this.elapsedByOperation.set(c.op.name, (this.elapsedByOperation.get(c.op.name) ?? 0) + ms);
  }

  /** Operations that answered 2xx at least once (the rest only ever refused: a sign the base requests are off). */
  readonly succeeded = new Set<string>();

  /** Statuses of the well-formed cases by operation (why an operation never succeeded). */
  readonly validStatuses = new Map<string, Map<number, number>>();

  answered(c: FuzzCase, status: number): void {
    if (status < 300) this.succeeded.add(c.op.name);
    if (c.mutation === 'valid') {
      const v = this.validStatuses.get(c.op.name) ?? this.validStatuses.set(c.op.name, new Map()).get(c.op.name)!;
      v.set(status, (v.get(status) ?? 0) + 1);
    }
    const m = this.statuses.get(c.mutation) ?? this.statuses.set(c.mutation, new Map()).get(c.mutation)!;
    m.set(status, (m.get(status) ?? 0) + 1);
  }

  add(c: FuzzCase, req: FuzzRequest, answer: Answer | null, violation: Violation): void {
    this.violations++;
    const status = answer?.status ?? 'none';
    const key = `${c.op.name} | ${c.mutation} | ${violation.rule} | ${status}`;
    const found = this.findings.get(key);
    if (found) {
      found.count++;
      return;
    }
    this.findings.set(key, {
      key,
      operation: c.op.name,
      mutation: c.mutation,
      rule: violation.rule,
      status,
      count: 1,
      detail: c.detail,
      credential: c.credential,
      request: req,
      note: violation.note,
      excerpt: clip(answer?.body ?? '', 200),
    });
  }

  counts(): string {
    const line = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
    return [
      `requests: ${this.requests} over ${this.operations.size} operations`,
      `by surface: ${line(this.requestsBySurface)}`,
      `by mutation: ${line(this.requestsByMutation)}`,
      `milliseconds by mutation: ${line(new Map([...this.elapsed].map(([k, v]) => [k, Math.round(v)])))}`,
      `slowest operations (ms): ${line(new Map([...this.elapsedByOperation].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => [k, Math.round(v)])))}`,
      `operations that never answered 2xx (statuses of their well-formed cases): ${
        [...this.operations]
          .filter((o) => !this.succeeded.has(o))
          .map((o) => `${o} (${[...(this.validStatuses.get(o) ?? new Map<number, number>())].map(([k, v]) => `${k}×${v}`).join(' ')})`)
          .join(', ') || 'none'
      }`,
      `slowest requests: ${this.slowest.map((r) => `${Math.round(r.ms)} ms ${r.line}`).join('; ')}`,
      'statuses by mutation:',
      ...[...this.statuses.entries()].map(([m, s]) => `  ${m}: ${[...s.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}×${v}`).join(' ')}`),
      `violations: ${this.violations} in ${this.findings.size} distinct findings`,
    ].join('\n');
  }

  /** One line per distinct finding, most frequent rule first. */
  summary(limit = 200): string {
    const all = [...this.findings.values()].sort((a, b) => a.rule.localeCompare(b.rule) || a.operation.localeCompare(b.operation) || a.mutation.localeCompare(b.mutation));
    const lines = all.slice(0, limit).map((f) => `- [${f.rule}] ${f.operation} · ${f.mutation} (${f.detail}) → ${f.status} ×${f.count}: ${f.excerpt || f.note}`);
    if (all.length > limit) lines.push(`… and ${all.length - limit} more`);
    return lines.join('\n');
  }

  /** The findings file: every distinct finding with a one-line reproduction. */
  markdown(seed: number): string {
    const byRule = new Map<string, Finding[]>();
    for (const f of this.findings.values()) (byRule.get(f.rule) ?? byRule.set(f.rule, []).get(f.rule)!).push(f);
    const out = [`# Fuzz findings (seed ${seed})`, '', '```', this.counts(), '```', ''];
    for (const [rule, list] of [...byRule.entries()].sort()) {
      out.push(`## ${rule} (${list.length} distinct)`, '');
      for (const f of list.sort((a, b) => a.operation.localeCompare(b.operation) || a.mutation.localeCompare(b.mutation))) {
        out.push(`- **${f.operation}** · ${f.mutation} (${f.detail}) → ${f.status} ×${f.count} — ${f.note}`);
        out.push(`  - repro: \`${reproduction(f, f.request).replace(/`/g, "'")}\``);
        if (f.excerpt) out.push(`  - body: \`${f.excerpt.replace(/`/g, "'").replace(/\n/g, ' ')}\``);
      }
      out.push('');
    }
    return out.join('\n');
  }
}
