/**
 * The scope catalog of user credentials (pat-v3-api.md §3), kept as data in
 * scopes.json and checked once when this module loads. Effective rights of a
 * user credential = its scopes (with `X:write` implying `X:read`) ∩ what the
 * owner's current role may hold.
 */
import type { UserRole } from '../core/actor.js';
import catalog from './scopes.json' with { type: 'json' };

export interface ScopeInfo {
  name: string;
  description: string;
  /** Whether the scope opens anything in Tessera (the rest are stored for Cryptlex compatibility). */
  enforced: boolean;
}

interface RoleRule {
  allow: string[];
  deny: string[];
}

const SCOPE_RE = /^[a-zA-Z]+:(read|write)$/;

export const SCOPES: readonly ScopeInfo[] = Object.freeze(catalog.scopes.map((s) => Object.freeze({ ...s })));
const NAMES = new Set(SCOPES.map((s) => s.name));
const ALIASES: Readonly<Record<string, string>> = catalog.aliases;

for (const s of SCOPES) if (!SCOPE_RE.test(s.name)) throw new Error(`scopes.json: malformed scope ${s.name}`);
for (const [alias, target] of Object.entries(ALIASES)) {
  if (!NAMES.has(target)) throw new Error(`scopes.json: alias ${alias} names unknown scope ${target}`);
}

/** The catalog name of `scope` (aliases resolved), or null when it is unknown. */
export function canonicalScope(scope: string): string | null {
  if (NAMES.has(scope)) return scope;
  return ALIASES[scope] ?? null;
}

/** `X:write` implies `X:read` when the catalog has it. */
export function expandScopes(scopes: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const s of scopes) {
    out.add(s);
    if (s.endsWith(':write')) {
      const read = s.slice(0, -':write'.length) + ':read';
      if (NAMES.has(read)) out.add(read);
    }
  }
  return out;
}

function matches(pattern: string, scope: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*:')) return scope.endsWith(pattern.slice(1));
  return pattern === scope;
}

const ROLE_SCOPES = new Map<UserRole, ReadonlySet<string>>();
for (const [role, rule] of Object.entries(catalog.roles) as Array<[UserRole, RoleRule]>) {
  const allowed = SCOPES.map((s) => s.name).filter((n) => rule.allow.some((p) => matches(p, n)) && !rule.deny.some((p) => matches(p, n)));
  ROLE_SCOPES.set(role, Object.freeze(expandScopes(allowed)));
}
for (const role of ['owner', 'admin', 'member', 'viewer'] as const) {
  if (!ROLE_SCOPES.has(role)) throw new Error(`scopes.json: no rule for role ${role}`);
}

/** Every scope `role` may hold (and so grant). */
export function roleScopes(role: UserRole): ReadonlySet<string> {
  return ROLE_SCOPES.get(role) ?? new Set();
}

/** What a credential holding `scopes` may do while its owner has `role`. */
export function effectiveScopes(scopes: readonly string[] | null, role: UserRole): Set<string> {
  const ceiling = roleScopes(role);
  if (scopes === null) return new Set(ceiling);
  const out = new Set<string>();
  for (const s of expandScopes(scopes)) if (ceiling.has(s)) out.add(s);
  return out;
}

export interface NormalizedScopes {
  /** Canonical, sorted, unique. */
  scopes: string[];
  /** Positions and values of unknown scopes. */
  unknown: Array<{ index: number; scope: string }>;
}

export function normalizeScopes(input: readonly string[]): NormalizedScopes {
  const set = new Set<string>();
  const unknown: NormalizedScopes['unknown'] = [];
  input.forEach((scope, index) => {
    const c = canonicalScope(scope);
    if (c) set.add(c);
    else unknown.push({ index, scope });
  });
  return { scopes: [...set].sort(), unknown };
}
