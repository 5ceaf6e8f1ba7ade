/**
 * Event payloads hold domain snapshots; this registry renders each object type
 * as the Connect resource the viewing organization would have seen. Presenter
 * modules register themselves here from presenters/index.ts.
 */
import type { EventObjectType } from '../../../events/index.js';
import type { Resource } from '../jsonapi.js';

export interface Viewer {
  organizationId: string;
  environmentId: string;
}

export type SnapshotPresenter = (snapshot: Record<string, unknown>, viewer: Viewer) => Resource;

const presenters = new Map<EventObjectType, SnapshotPresenter>();

export function registerPresenter(type: EventObjectType, present: SnapshotPresenter): void {
  presenters.set(type, present);
}

export function presentSnapshot(type: EventObjectType, snapshot: Record<string, unknown>, viewer: Viewer): Resource {
  const present = presenters.get(type);
  if (!present) return { type, id: String(snapshot.id ?? ''), attributes: {} };
  return present(snapshot, viewer);
}
