import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';

// The scheduler's ticker lives in the server process. It publishes by calling the app's own loopback
// route, so that cache revalidation happens inside a request (Next ignores it from a bare timer).

const TICK_MS = 30_000;
const holder = globalThis as unknown as { __gazetteTicker?: { token: string; timer?: NodeJS.Timeout } };

/** The per-process secret that only this server's ticker knows. */
export function tickerToken(): string {
  holder.__gazetteTicker ??= { token: randomBytes(32).toString('base64url') };
  return holder.__gazetteTicker.token;
}

export function isTickerRequest(header: string | null): boolean {
  const expected = Buffer.from(tickerToken());
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Starts ticking: first soon after start (what fell due while the server was down), then every 30 s. */
export function startTicker(port: number): void {
  const state = (holder.__gazetteTicker ??= { token: tickerToken() });
  if (state.timer) return;
  const tick = async () => {
    try {
      await fetch(`http://localhost:${port}/api/internal/publish-due`, {
        method: 'POST',
        headers: { 'x-gazette-ticker': tickerToken() },
      });
    } catch {
      // The server may not be listening yet at start; the next tick retries.
    }
  };
  setTimeout(tick, 1_000).unref();
  state.timer = setInterval(tick, TICK_MS);
  state.timer.unref();
}
