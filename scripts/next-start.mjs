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
// The heap is capped (SERVER_HEAP_MB, default 128): without a cap Node sizes its heap to the machine and
// returns memory lazily, so the server's resident memory grew to 430–460 MB under load on a 24 GB machine
// while what it keeps is far less; with the cap it served the same request rates in about half of that
// (docs/performance.md), and a 4.2 MB page rendered ten at a time still fitted.
export const NEXT_BIN = 'node_modules/next/dist/bin/next';
const heapMegabytes = process.env.SERVER_HEAP_MB ?? '128';

/** Arguments for `process.execPath` that start `next start` on loopback at `port`. */
export function nextStartArgs(port) {
  return [
    '--dns-result-order=ipv4first',
    `--max-old-space-size=${heapMegabytes}`,
    NEXT_BIN,
    'start',
    '-p',
    String(port),
    '-H',
    'localhost',
  ];
}
