/** The editable profile of a user (names, company, tags, metadata) and its rules. */
import { randomUUID } from 'node:crypto';
import { badRequest } from '../core/errors.js';
import type { UserMetadataEntry } from './types.js';

export interface MetadataInput {
  key: string;
  value: string;
  viewPermissions?: string[];
  visible?: boolean;
}

export interface ProfileInput {
  firstName?: string;
  lastName?: string;
  company?: string | null;
  tags?: string[];
  metadata?: MetadataInput[];
}

/** Names are shown on Astra, which allows 0–63 characters each. */
export function checkProfile(input: ProfileInput): void {
  for (const key of ['firstName', 'lastName'] as const) {
    const v = input[key];
    if (v !== undefined && v.trim().length > 63) throw badRequest(`${key} must be at most 63 characters`, { field: [key] });
  }
  if (input.company != null && (input.company.trim().length === 0 || input.company.length > 63)) {
    throw badRequest('company must be 1 to 63 characters', { field: ['company'] });
  }
  const keys = new Set<string>();
  for (const [i, m] of (input.metadata ?? []).entries()) {
    if (keys.has(m.key)) throw badRequest(`metadata key ${m.key} appears twice`, { field: ['metadata', i, 'key'] });
    keys.add(m.key);
  }
}

/** Metadata entries keep their id and creation time when their key already existed. */
export function buildMetadata(input: MetadataInput[], existing: UserMetadataEntry[], now: Date): UserMetadataEntry[] {
  const byKey = new Map(existing.map((m) => [m.key, m]));
  return input.map((m) => {
    const old = byKey.get(m.key);
    const entry: UserMetadataEntry = {
      id: old?.id ?? randomUUID(),
      key: m.key,
      value: m.value,
      viewPermissions: m.viewPermissions ?? [],
      visible: m.visible ?? false,
      createdAt: old?.createdAt ?? now,
      updatedAt: now,
    };
    if (old && old.value === entry.value && old.visible === entry.visible && old.viewPermissions.join() === entry.viewPermissions.join()) {
      entry.updatedAt = old.updatedAt;
    }
    return entry;
  });
}
