// After a command-line import, the one request that makes a running server drop its cached pages: the
// loopback route its own ticker uses, with the token the server left beside the database.
import { sharedTickerToken } from '../../config/ticker-token';

export type Revalidation =
  | { outcome: 'revalidated'; origin: string }
  | { outcome: 'no_server' }
  | { outcome: 'failed'; origin: string; problem: string };

export async function revalidateRunningServer(): Promise<Revalidation> {
  const shared = sharedTickerToken();
  if (!shared) return { outcome: 'no_server' };
  const origin = `http://127.0.0.1:${shared.port}`;
  try {
    const response = await fetch(`${origin}/api/internal/revalidate`, {
      method: 'POST',
      headers: { 'x-gazette-ticker': shared.token },
      signal: AbortSignal.timeout(10_000),
    });
    if (response.ok) return { outcome: 'revalidated', origin };
    // 403: the token left there belongs to a server that has stopped; another one now holds the port.
    return { outcome: 'failed', origin, problem: `HTTP ${response.status}` };
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code === 'ECONNREFUSED') return { outcome: 'no_server' };
    return { outcome: 'failed', origin, problem: code ?? (error as Error).message };
  }
}
