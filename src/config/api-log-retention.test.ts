import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './index.js';

describe('TESSERA_API_LOG_RETENTION_DAYS', () => {
  it('keeps API logs 30 days unless told otherwise', () => {
    expect(loadConfig({}).apiLogRetentionDays).toBe(30);
    expect(loadConfig({ TESSERA_API_LOG_RETENTION_DAYS: '' }).apiLogRetentionDays).toBe(30);
    expect(loadConfig({ TESSERA_API_LOG_RETENTION_DAYS: '7' }).apiLogRetentionDays).toBe(7);
    expect(loadConfig({ TESSERA_API_LOG_RETENTION_DAYS: '3650' }).apiLogRetentionDays).toBe(3650);
  });

  it.each(['0', '3651', '-1', '1.5', '30d', 'thirty'])('refuses %s, naming the variable', (value) => {
    let error: unknown;
    try {
      loadConfig({ TESSERA_API_LOG_RETENTION_DAYS: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe('TESSERA_API_LOG_RETENTION_DAYS');
    expect((error as Error).message).toMatch(/^TESSERA_API_LOG_RETENTION_DAYS: must be (an integer )?between 1 and 3650, got /);
  });
});
