import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('configuration from the environment', () => {
  it('defaults to PGlite in ./data, port 3000, demo data on', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, demoSeed: true, database: { kind: 'pglite' } });
    expect(c.database.kind === 'pglite' && c.database.dataDir).toMatch(/data\/pglite$/);
  });

  it('uses PostgreSQL when DATABASE_URL is set, and reads the other variables', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', PORT: '8080', DEMO_SEED: 'false', SESSION_TTL_HOURS: '2' });
    expect(c).toMatchObject({ port: 8080, demoSeed: false, sessionTtlMs: 7_200_000, database: { kind: 'postgres', url: 'postgres://u@h:5432/db' } });
  });

  it('loads no demo data on a production start unless asked to', () => {
    expect(loadConfig({ INITIAL_ADMIN_EMAIL: 'a@b.fr' }).demoSeed).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).demoSeed).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO_SEED: 'true' }).demoSeed).toBe(true);
  });

  it('reads TRUST_PROXY as off, a hop count or proxy addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.0.0.0/8' }).trustProxy).toEqual(['10.0.0.1', '10.0.0.0/8']);
  });

  it('limits writes per caller to 120 a minute unless WRITE_MAX_PER_CALLER_PER_MINUTE says otherwise', () => {
    expect(loadConfig({}).writeMaxPerCallerPerMinute).toBe(120);
    expect(loadConfig({ WRITE_MAX_PER_CALLER_PER_MINUTE: '100000' }).writeMaxPerCallerPerMinute).toBe(100_000);
    expect(() => loadConfig({ WRITE_MAX_PER_CALLER_PER_MINUTE: '0' })).toThrow(/WRITE_MAX_PER_CALLER_PER_MINUTE/);
  });

  it('reads the mail servers and refuses a URL that would fail at every use', () => {
    const c = loadConfig({ SMTP_URL: 'smtps://u%40x.fr:p%25w@smtp.x.fr:465', IMAP_URL: 'imaps://u%40x.fr:pw@imap.x.fr/Support', MAIL_FROM: 'Support <s@x.fr>', PORT: '4000' });
    expect(c.mail).toMatchObject({ smtpUrl: 'smtps://u%40x.fr:p%25w@smtp.x.fr:465', imapUrl: 'imaps://u%40x.fr:pw@imap.x.fr/Support', from: 'Support <s@x.fr>', workers: true, sendIntervalMs: 2000 });
    expect(c.publicUrl).toBe('http://localhost:4000');
    expect(loadConfig({ PUBLIC_URL: 'https://support.x.fr/' }).publicUrl).toBe('https://support.x.fr');
    expect(() => loadConfig({ SMTP_URL: 'smtp://u:p%ZZ@h:25' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ IMAP_URL: 'http://h' })).toThrow(/IMAP_URL/);
    expect(() => loadConfig({ MAIL_SECRET_KEY: 'short' })).toThrow(/MAIL_SECRET_KEY/);
  });

  it('names every invalid variable', () => {
    expect(() => loadConfig({ PORT: 'abc', DEMO_SEED: 'maybe' })).toThrow(/PORT[\s\S]*DEMO_SEED/);
  });
});
