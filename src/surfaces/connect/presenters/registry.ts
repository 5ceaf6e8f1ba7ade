/**
 * Event payloads hold versioned domain snapshots; each object type is rendered
 * as the Connect resource the viewing organization would have seen, by the
 * presenter the exhaustive map in snapshots.ts names. A snapshot of a type or
 * version no presenter reads is an error, never an empty resource.
 */
import { SNAPSHOT_VERSION, type EventObjectType } from '../../../events/index.js';
import type { ResourceLike } from '../jsonapi.js';

export interface Viewer {
  organizationId: string;
  environmentId: string;
}

/** Renders one snapshot (of every version up to SNAPSHOT_VERSION). */
export type SnapshotPresenter = (snapshot: Record<string, unknown>, viewer: Viewer) => ResourceLike;

export function presentSnapshotWith(
  presenters: Readonly<Record<EventObjectType, SnapshotPresenter>>,
  type: EventObjectType,
  snapshot: Record<string, unknown>,
  viewer: Viewer,
  version = 1,
): ResourceLike {
  const present = presenters[type] as SnapshotPresenter | undefined;
  if (!present) throw new Error(`no presenter for event object type ${String(type)}`);
  if (version > SNAPSHOT_VERSION) throw new Error(`event snapshot version ${version} is newer than this server reads (${SNAPSHOT_VERSION})`);
  return present(snapshot, viewer);
}
