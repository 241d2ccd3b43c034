import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const schema = z.object({
  DATABASE_PATH: z.string().min(1).default('./var/gazette.db'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  DEMO_DATA: flag.default(false),
  // Creates the first administrator of an empty database without demo data (user name "admin").
  // Failed sign-ins allowed per account and per address before each further one waits longer.
  SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
  ADMIN_PASSWORD: z.string().min(10, 'ADMIN_PASSWORD must be at least 10 characters').optional(),
  // The public origin ("https://example.gov.cn"): cached pages name their canonical and alternate
  // addresses with it. Without it those addresses are relative (pages are cached, so no request's host).
  SITE_ORIGIN: z.url({ protocol: /^https?$/ }).optional(),
  // The server's own daily backup: a directory (default "backups" beside the database) or "off".
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).default(14),
  // The hour of the day (UTC) at which the daily backup is taken.
  BACKUP_HOUR: z.coerce.number().int().min(0).max(23).default(3),
  // Where attached files are kept, by their SHA-256 (default "files" beside the database).
  FILES_DIR: z.string().min(1).optional(),
  // The shared caches in front of the site (Varnish, a CDN's purge endpoint), separated by commas or
  // spaces: each public change is purged at every one of them. Unset: no purges are written.
  CACHE_PURGE_URLS: z
    .string()
    .default('')
    .transform((value) => value.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/ }))),
});

export type Env = {
  databasePath: string;
  port: number;
  demoData: boolean;
  adminPassword: string | undefined;
  signinMaxFailures: number;
  siteOrigin: string | undefined;
  /** Where attached files are kept. */
  filesDir: string;
  /** Where the daily backup goes; null when switched off. */
  backup: { dir: string; keep: number; hourUtc: number } | null;
  /** Where public changes are purged (empty: no shared cache is configured). */
  cachePurgeUrls: string[];
};

let cached: Env | undefined;

/** The validated configuration; the one place that reads process.env. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  cached = {
    databasePath: path.resolve(parsed.data.DATABASE_PATH),
    port: parsed.data.PORT,
    demoData: parsed.data.DEMO_DATA,
    adminPassword: parsed.data.ADMIN_PASSWORD,
    signinMaxFailures: parsed.data.SIGNIN_MAX_FAILURES,
    siteOrigin: parsed.data.SITE_ORIGIN ? new URL(parsed.data.SITE_ORIGIN).origin : undefined,
    filesDir: filesDirFor(parsed.data.DATABASE_PATH, parsed.data.FILES_DIR),
    backup: backupSettings(parsed.data),
    cachePurgeUrls: parsed.data.CACHE_PURGE_URLS,
  };
  return cached;
}

/** FILES_DIR, or the folder "files" beside the database; the backup and restore commands read it too. */
export function filesDirFor(databasePath: string, filesDir: string | undefined = undefined): string {
  const configured = filesDir?.trim();
  return path.resolve(configured || path.join(path.dirname(path.resolve(databasePath)), 'files'));
}

function backupSettings(data: z.output<typeof schema>): Env['backup'] {
  const dir = data.BACKUP_DIR?.trim();
  if (dir && ['off', '0', 'false', 'no'].includes(dir.toLowerCase())) return null;
  return {
    dir: path.resolve(dir || path.join(path.dirname(path.resolve(data.DATABASE_PATH)), 'backups')),
    keep: data.BACKUP_KEEP,
    hourUtc: data.BACKUP_HOUR,
  };
}

/**
 * AUTH_SECRET if configured; otherwise a secret generated on first start and kept beside the database
 * (git-ignored), so each instance signs its own sessions and the first start needs no set-up.
 */
export function authSecret(): string {
  const configured = process.env.AUTH_SECRET;
  if (configured) {
    schema.shape.AUTH_SECRET.parse(configured);
    return configured;
  }
  const file = `${env().databasePath}.auth-secret`;
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      // Another worker created it first: read theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return readFileSync(file, 'utf8').trim();
  }
}
