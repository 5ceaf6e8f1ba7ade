/** Every Connect route module, in one list the surface mounts. */
import type { ConnectRoutes } from '../plugin.js';
import { eventRoutes } from './events.js';

export const connectRoutes: ConnectRoutes[] = [eventRoutes];
