// The production server: Next's request handler in an http server of our own, so that the client's
// address and the forwarded headers are settled from the socket before Next sees the request
// (web/forwarding.mjs). Started by scripts/next-start.mjs's arguments: `node scripts/serve.mjs PORT`.
import { createServer } from 'node:http';
import { applyCacheContract, cacheSettings } from '../web/cache-contract.mjs';
import { parseTrustProxy, resolveForwarding } from '../web/forwarding.mjs';

// Browsers that reached the site over https keep to https for a year.
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

const port = Number(process.argv[2]);
let trustedHops;
let caching;
try {
  trustedHops = parseTrustProxy(process.env.TRUST_PROXY);
  caching = cacheSettings(process.env);
} catch (error) {
  console.error(`[gazette] ${error.message}`);
  process.exit(1);
}
process.env.NODE_ENV = 'production';
// As `next start` sets it: where Next fetches a server action's redirect target from. Without it Next
// takes the request's forwarded protocol, and behind a TLS-terminating proxy fetches https from this
// plain-HTTP port (and fails).
process.env.__NEXT_PRIVATE_ORIGIN = `http://localhost:${port}`;
const { default: next } = await import('next');

// Listening on "localhost": scripts/next-start.mjs says why.
const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  const { https } = resolveForwarding(request.headers, request.socket.remoteAddress, trustedHops);
  if (https) response.setHeader('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  // Before Next reads the request: the contract is decided by what the visitor sent.
  applyCacheContract(request, response, caching);
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});
// Idle keep-alive connections outlive a client's pause between requests: Node's default (5 s) closes them
// while a client that paused (a proxy's pooled connection, a busy test) may already be sending on one,
// which then fails with ECONNRESET. A reverse proxy in front should close its idle connections first.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, 'localhost', () => console.log(`[gazette] listening on http://localhost:${port}`));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
