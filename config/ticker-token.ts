import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { env } from './env';

// The scheduler's ticker (server/ticker.ts) proves itself to the app's loopback routes with this
// per-process secret. It is kept on globalThis because the server start and the route are separate
// bundles that must share one token.
const holder = globalThis as unknown as { __gazetteTickerToken?: string };

/** The per-process secret that only this server's ticker knows. */
export function tickerToken(): string {
  holder.__gazetteTickerToken ??= randomBytes(32).toString('base64url');
  return holder.__gazetteTickerToken;
}

export function isTickerRequest(header: string | null): boolean {
  const expected = Buffer.from(tickerToken());
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Where a running server leaves its token and port beside its database (readable by its owner alone), so
 * that a command-line import on the same machine and database can ask it to revalidate its cached pages
 * through the same loopback route door. A server that starts later writes its own over it.
 */
const sharedFile = () => `${env().databasePath}.ticker-token`;

export function shareTickerToken(port: number): void {
  try {
    writeFileSync(sharedFile(), JSON.stringify({ token: tickerToken(), port }), { mode: 0o600 });
    chmodSync(sharedFile(), 0o600);
  } catch (error) {
    // The server serves without it; only command-line imports lose their revalidation (and say so).
    console.warn(
      `[gazette] could not leave the ticker token beside the database: ${(error as Error).message}`,
    );
  }
}

/** The token and port the server of this database left, or null when no server has run on it. */
export function sharedTickerToken(): { token: string; port: number } | null {
  try {
    const { token, port } = JSON.parse(readFileSync(sharedFile(), 'utf8')) as { token: string; port: number };
    return typeof token === 'string' && Number.isInteger(port) ? { token, port } : null;
  } catch {
    return null;
  }
}
