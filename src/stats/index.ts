export * from './types.js';
export type { StatsRepository, StatsStore } from './ports.js';
export { getStats, STATS_PERMISSION, type StatsContext } from './get-stats.js';
