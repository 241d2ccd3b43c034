import http from 'node:http';
import { expect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import {
  createAccount,
  demoAdmin,
  releaseIn,
  releaseInfo,
  signedInContext,
  uniqueToken,
} from '../support/hostile-client';
import { reportFigures } from '../support/security-figures';

// Item 2 of the security checks: the known ways around a Next.js proxy (middleware) replayed against the
// workspace, signed out. Requests go out raw (node:http), so paths reach the server exactly as written.

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: string };

function raw(method: string, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, method, path, headers: { Accept: 'text/html,*/*', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const SUBREQUEST = [
  'middleware',
  'src/middleware',
  'pages/_middleware',
  'proxy',
  'src/proxy',
  'middleware:middleware:middleware:middleware:middleware',
  'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware',
  'proxy:proxy:proxy:proxy:proxy',
  'src/proxy:src/proxy:src/proxy:src/proxy:src/proxy',
];

const HEADER_VARIANTS: Record<string, string>[] = [
  {},
  ...SUBREQUEST.map((value) => ({ 'x-middleware-subrequest': value })),
  { RSC: '1' },
  { RSC: '1', 'Next-Router-Prefetch': '1' },
  { RSC: '1', 'Next-Router-Segment-Prefetch': '/_tree' },
  {
    RSC: '1',
    'Next-Router-State-Tree': encodeURIComponent(
      JSON.stringify(['', { children: ['__PAGE__', {}] }, null, null, true]),
    ),
  },
  { 'Next-Router-Prefetch': '1' },
  { 'x-invoke-path': '/login' },
  { 'x-matched-path': '/login' },
  { 'x-matched-path': '/[lang]' },
  { 'x-now-route-matches': '1' },
  { 'x-nextjs-data': '1' },
  { 'x-middleware-prefetch': '1' },
  { 'x-middleware-rewrite': '/login' },
  { 'x-middleware-next': '1' },
  { 'x-forwarded-host': 'example.org', 'x-forwarded-proto': 'https' },
  { 'Next-Action': 'not-an-action' },
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware', RSC: '1' },
];

const PATH_HEADERS: Record<string, string>[] = [
  {},
  { RSC: '1' },
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
];

/** The same protected page, spelled as the path tricks that have fooled proxies and routers. */
function pathVariants(path: string): string[] {
  const [first, ...rest] = path.slice(1).split('/');
  const tail = rest.length ? `/${rest.join('/')}` : '';
  const firstEncoded = `%${first!.charCodeAt(0).toString(16)}${first!.slice(1)}`;
  return [
    path,
    `${path}/`,
    `${path}.rsc`,
    `${path}?_rsc=1a2b3`,
    `${path}.txt`,
    `${path}/index`,
    `/${firstEncoded}${tail}`,
    `/${first!.toUpperCase()}${tail}`,
    `//${path.slice(1)}`,
    `/en${path}`,
    `/zh${path}`,
    `/./${path.slice(1)}`,
    `/login/..${path}`,
    `/login/%2e%2e${path}`,
    `/login/%252e%252e${path}`,
    `/meetings/%2e%2e${path}`,
    `/releases/..%2f..${path}`,
    `${path};jsessionid=1`,
    `${path}%00`,
    `${path}%2f`,
    `/_next/data/build-id${path}.json`,
    `/_next/..${path}`,
    `/api/..${path}`,
    `/favicon.ico/..${path}`,
    `/feed.xml/..${path}`,
    `/${first}%2f${rest.join('%2f')}`,
  ];
}

test('proxy bypass replays serve no protected content to a signed-out visitor', async () => {
  test.setTimeout(180_000);
  const admin = await demoAdmin();
  const marker = `Bypass marker ${uniqueToken()}`;
  const secretaryAccount = await createAccount(admin, 'secretary', {
    email: `bypass-${uniqueToken()}@staff.example`,
  });
  const reviewer = await createAccount(admin, 'reviewer');
  const leader = await createAccount(admin, 'leader');
  const crew = {
    secretary: await signedInContext(secretaryAccount.username, secretaryAccount.password),
    reviewer: await signedInContext(reviewer.username, reviewer.password),
    leader: await signedInContext(leader.username, leader.password),
  };
  const made = await releaseIn(
    crew,
    'in_review:1',
    { headline: `${marker} headline`, body: `${marker} body` },
    {
      chairName: `${marker} chair`,
    },
  );
  const { documentId } = await releaseInfo(crew.secretary, made.meetingId);
  const markers = [marker, secretaryAccount.username, 'bypass-', '$argon2'];

  const protectedPaths = [
    '/meetings',
    `/meetings/${made.meetingId}`,
    `/meetings/${made.meetingId}/release`,
    `/meetings/${made.meetingId}/history`,
    `/review/${documentId}`,
    '/review',
    '/tasks',
    '/admin/users',
    '/admin/audit',
    `/documents/${documentId}/compare?from=${made.firstRevisionId}&to=${made.firstRevisionId + 1}`,
  ];

  let requests = 0;
  let hits = 0;
  let served = 0;
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  for (const page of protectedPaths) {
    for (const path of pathVariants(page)) {
      // Every header trick on the page's own path; the path tricks alone, and with the strongest headers.
      const headerSets = path === page ? HEADER_VARIANTS : PATH_HEADERS;
      for (const headers of headerSets) {
        for (const method of path === page ? ['GET', 'HEAD', 'OPTIONS', 'POST'] : ['GET']) {
          const extra: Record<string, string> =
            method === 'POST' ? { Origin: baseURL, 'Content-Type': 'text/plain' } : {};
          const response = await raw(method, path, { ...headers, ...extra });
          requests++;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const found = markers.filter((m) => response.body.includes(m));
          if (found.length) {
            hits += found.length;
            failures.push(`${method} ${path} ${JSON.stringify(headers)}: ${found.join(', ')}`);
          }
          // A 200 answer must not be the workspace either (say, a page shell without the marker).
          if (response.status === 200 && /Signed in as/.test(response.body)) {
            served++;
            failures.push(`${method} ${path} ${JSON.stringify(headers)}: a workspace page`);
          }
        }
      }
    }
  }
  reportFigures('proxy bypass replays', {
    'protected pages': protectedPaths.length,
    'path variants per page': pathVariants('/x/y').length,
    'header variants': HEADER_VARIANTS.length,
    'requests sent': requests,
    'markers looked for': markers.length,
    'marker hits (must be 0)': hits,
    'workspace pages served (must be 0)': served,
    'statuses seen': [...statuses].map(([s, n]) => `${s}×${n}`).join(' '),
  });
  expect(failures).toEqual([]);
});
