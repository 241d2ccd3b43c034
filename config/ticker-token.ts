import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';

// The scheduler's ticker (server/ticker.ts) proves itself to the app's loopback route with this
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
