import 'server-only';
import { tickerToken } from '@/config/ticker-token';

// The scheduler's ticker lives in the server process. It publishes by calling the app's own loopback
// route, so that cache revalidation happens inside a request (Next ignores it from a bare timer).

const TICK_MS = 30_000;
const holder = globalThis as unknown as { __gazetteTickerTimer?: NodeJS.Timeout };

/** Starts ticking: first soon after start (what fell due while the server was down), then every 30 s. */
export function startTicker(port: number): void {
  if (holder.__gazetteTickerTimer) return;
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
  holder.__gazetteTickerTimer = setInterval(tick, TICK_MS);
  holder.__gazetteTickerTimer.unref();
}
