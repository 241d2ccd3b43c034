import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTickerRequest, shareTickerToken } from '@/config/ticker-token';
import { revalidateRunningServer } from './revalidate';

// The command line finds the server of its database through the token file the server leaves, and is
// heard by a route that checks the ticker's token as app/api/internal/revalidate does.

const dir = mkdtempSync(path.join(tmpdir(), 'gazette-revalidate-'));
process.env.DATABASE_PATH = path.join(dir, 'gazette.db');
const seen: string[] = [];
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request.url ?? '');
    response.statusCode = isTickerRequest((request.headers['x-gazette-ticker'] as string | undefined) ?? null)
      ? 200
      : 403;
    response.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('revalidating a running server after a command-line import', () => {
  it('says no server runs when none has left its token', async () => {
    expect(await revalidateRunningServer()).toEqual({ outcome: 'no_server' });
  });

  it('asks the server whose token is beside the database, once, on its loopback route', async () => {
    shareTickerToken(port);
    expect(await revalidateRunningServer()).toEqual({
      outcome: 'revalidated',
      origin: `http://127.0.0.1:${port}`,
    });
    expect(seen).toEqual(['/api/internal/revalidate']);
  });

  it('reports a server that does not accept the token (a stale file)', async () => {
    writeFileSync(`${process.env.DATABASE_PATH}.ticker-token`, JSON.stringify({ token: 'stale', port }));
    expect(await revalidateRunningServer()).toMatchObject({ outcome: 'failed', problem: 'HTTP 403' });
  });
});
