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
// SERVER_HEAP_MB, when set, caps the JavaScript heap. Not by default: capped at 128 MB the server's
// resident memory after the benchmark's load fell from 430–460 MB to about 220 MB, but 50 concurrent
// renders of a 4.2 MB page (a year of the archive at 4,380 releases a year) then ran out of heap at 128
// and at 256 MB and the process died, where without a cap it answered at 700 MB (docs/performance.md).
export const NEXT_BIN = 'node_modules/next/dist/bin/next';
const heapLimit = process.env.SERVER_HEAP_MB ? [`--max-old-space-size=${process.env.SERVER_HEAP_MB}`] : [];

/** Arguments for `process.execPath` that start `next start` on loopback at `port`. */
export function nextStartArgs(port) {
  return [
    '--dns-result-order=ipv4first',
    ...heapLimit,
    NEXT_BIN,
    'start',
    '-p',
    String(port),
    '-H',
    'localhost',
  ];
}
