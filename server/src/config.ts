import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Root of the repository (server/src/config.ts → ../..). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

/** A URL whose user, password and path decode (a stray `%` would fail at every use instead). */
function decodable(url: string): boolean {
  try {
    const u = new URL(url);
    decodeURIComponent(u.username);
    decodeURIComponent(u.password);
    decodeURIComponent(u.pathname);
    return true;
  } catch {
    return false;
  }
}

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('data'),
  FILES_DIR: z.string().optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 365).default(24 * 7),
  DEMO_SEED: bool.default(true),
  INITIAL_ADMIN_EMAIL: z.string().email().optional(),
  INITIAL_ADMIN_PASSWORD: z.string().min(10).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.string().default('false'),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  LOGIN_MAX_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().positive().default(30),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  WRITE_MAX_PER_CALLER_PER_MINUTE: z.coerce.number().int().positive().default(120),
  SEARCH_MAX_PER_CALLER_PER_MINUTE: z.coerce.number().int().positive().default(120),
  SEARCH_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().url().refine((u) => /^smtps?:/.test(u), 'smtp://… or smtps://…').refine(decodable, 'a % in the user or password must be written %25').optional(),
  MAIL_FROM: z.string().min(3).optional(),
  IMAP_URL: z.string().url().refine((u) => /^imaps?:/.test(u), 'imap://… or imaps://…').refine(decodable, 'a % in the user, password or folder must be written %25').optional(),
  MAIL_SECRET_KEY: z.string().min(16, 'at least 16 characters').optional(),
  MAIL_SEND_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(2000),
  MAIL_POLL_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  MAIL_MAX_BYTES: z.coerce.number().int().min(1024).default(50 * 1024 * 1024),
  MAIL_WORKERS: bool.default(true),
  MAIL_AUTHSERV_ID: z.string().min(1).max(253).optional(),
});

export type Config = {
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  /** Uploaded files, under generated names, outside any served folder. */
  filesDir: string;
  sessionTtlMs: number;
  demoSeed: boolean;
  initialAdmin: { email: string; password: string | undefined } | undefined;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** Fastify `trustProxy`: false, a hop count, or the proxies' addresses/CIDRs. */
  trustProxy: boolean | number | string[];
  cookieSecure: 'auto' | boolean;
  webDistDir: string;
  login: { maxPerAddressPerMinute: number; maxFailuresPerAccount: number; failureWindowMs: number };
  /** Rate-limited writes (replies, uploads) per signed-in caller per minute. */
  writeMaxPerCallerPerMinute: number;
  /** Searches (`GET /api/tickets?q=`) per signed-in caller (or API token) per minute. */
  searchMaxPerCallerPerMinute: number;
  /** How long the database may look for a search's matches (PostgreSQL `statement_timeout`) before the search answers 503. */
  searchTimeoutMs: number;
  /** The address users reach Guichet at: links in mails. */
  publicUrl: string;
  mail: {
    /** `smtp(s)://user:password@host:port` from the environment; wins over the settings page. */
    smtpUrl: string | undefined;
    /** `Name <address>` or an address: the From of every mail (and the base of reply addresses). */
    from: string | undefined;
    /** `imap(s)://user:password@host:port/Folder`: the support mailbox; wins over the settings page. */
    imapUrl: string | undefined;
    /** Key that encrypts the mail passwords stored in the database; without it none can be stored. */
    secretKey: string | undefined;
    sendIntervalMs: number;
    /** How often the mailbox is checked when the server offers no IDLE (and how long one IDLE lasts). */
    pollIntervalMs: number;
    /** A bigger incoming mail is set aside unread. */
    maxBytes: number;
    /** Whether this process runs the outbox sender and the mailbox poller (`false` for a web-only process, and in tests that drive them). */
    workers: boolean;
    /** The name our receiving mail server signs its `Authentication-Results` with: mails it found forged go to quarantine. */
    authservId: string | undefined;
  };
};

/** `false`, `true` (= one proxy hop), a hop count, or a comma-separated list of proxy addresses. */
function parseTrustProxy(value: string): boolean | number | string[] {
  const v = value.trim().toLowerCase();
  if (['', 'false', '0', 'no', 'off'].includes(v)) return false;
  if (['true', 'yes', 'on'].includes(v)) return 1;
  if (/^\d+$/.test(v)) return Number(v);
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Environment → typed configuration; the one place that reads `process.env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(repoRoot, e.DATA_DIR, 'pglite') },
    filesDir: path.resolve(repoRoot, e.FILES_DIR ?? path.join(e.DATA_DIR, 'files')),
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    // A production start never loads demo accounts unless asked to explicitly.
    demoSeed: env.DEMO_SEED !== undefined ? e.DEMO_SEED : !(e.INITIAL_ADMIN_EMAIL || env.NODE_ENV === 'production'),
    initialAdmin: e.INITIAL_ADMIN_EMAIL
      ? { email: e.INITIAL_ADMIN_EMAIL.toLowerCase(), password: e.INITIAL_ADMIN_PASSWORD }
      : undefined,
    logLevel: e.LOG_LEVEL,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    cookieSecure: e.COOKIE_SECURE === 'auto' ? 'auto' : e.COOKIE_SECURE === 'true',
    webDistDir: path.join(repoRoot, 'web', 'dist'),
    login: {
      maxPerAddressPerMinute: e.LOGIN_MAX_PER_ADDRESS_PER_MINUTE,
      maxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      failureWindowMs: 15 * 60_000,
    },
    writeMaxPerCallerPerMinute: e.WRITE_MAX_PER_CALLER_PER_MINUTE,
    searchMaxPerCallerPerMinute: e.SEARCH_MAX_PER_CALLER_PER_MINUTE,
    searchTimeoutMs: e.SEARCH_TIMEOUT_MS,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT || 3000}`).replace(/\/+$/, ''),
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      imapUrl: e.IMAP_URL,
      secretKey: e.MAIL_SECRET_KEY,
      sendIntervalMs: e.MAIL_SEND_INTERVAL_MS,
      pollIntervalMs: e.MAIL_POLL_INTERVAL_SECONDS * 1000,
      maxBytes: e.MAIL_MAX_BYTES,
      workers: e.MAIL_WORKERS,
      authservId: e.MAIL_AUTHSERV_ID,
    },
  };
}
