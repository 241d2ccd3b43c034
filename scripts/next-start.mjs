// How every script starts the production server: one place for the address it listens on.
//
// It listens on loopback under the name "localhost", never "127.0.0.1". Next compares the address a
// proxy rewrite names (it writes loopback addresses as "localhost") with the one the server was started
// on; on a mismatch it forwards every rewritten public page over the network to itself (behind a
// TLS-terminating proxy, as https to this plain-HTTP port: a 500). next.js issue 94745.
//
// "localhost" may resolve to ::1 first on some machines, and a server bound to ::1 alone would not answer
// the tests and scripts that call 127.0.0.1, so name resolution prefers IPv4 in the server process.
//
// The JavaScript heap is capped at SERVER_HEAP_MB (default 256; 0 for no cap). Node otherwise sizes the
// heap to the machine and returns memory lazily: the server held about 400 MB after the benchmark's load,
// capped about 240 MB. The price is a higher p99 at 10 connections (V8 collects more often in a smaller
// heap); `npm run bench:heap` measures both side by side. The cap is safe because no answer is built
// whole in memory any more: the archive lists a month per page (a year's page once was 4.2 MB and
// exhausted a capped heap under 50 concurrent requests); the sitemap and the audit export stream.
export const NEXT_BIN = 'node_modules/next/dist/bin/next';

/** The heap limit in MB from SERVER_HEAP_MB (default 256); 0 means none. */
export function serverHeapMb() {
  const heapMb = Number(process.env.SERVER_HEAP_MB ?? 256);
  if (!Number.isInteger(heapMb) || heapMb < 0)
    throw new Error('SERVER_HEAP_MB must be a whole number of megabytes (0 for no limit)');
  return heapMb;
}

/**
 * Arguments for `process.execPath` that start the production server on loopback at `port`: Next's
 * request handler behind scripts/serve.mjs, which settles the client's address and the forwarded headers
 * (TRUST_PROXY) before Next sees a request. `next start` alone would let any client claim any address.
 */
export function nextStartArgs(port, heapMb = serverHeapMb()) {
  return [
    '--dns-result-order=ipv4first',
    ...(heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : []),
    'scripts/serve.mjs',
    String(port),
  ];
}
