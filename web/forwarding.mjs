// Which client a request comes from, and whether it arrived over https, decided by the server script
// (scripts/serve.mjs) before Next sees the request. Next fills X-Forwarded-For/-Host/-Proto from the
// socket only when the client sent none, so after Next the app cannot tell a proxy's word from a client's.
//
// TRUST_PROXY names how many reverse proxies stand in front of the server. With none (the default), every
// forwarded header a client sent is dropped (Next then fills them from the socket and the Host header) and
// the client is the socket's peer. With n, each proxy appends the address it received the request from
// to X-Forwarded-For, so the client is the address n hops from the right of that list followed by the
// socket's peer; whatever a client wrote further left is its own claim and is never used.

/** The header, set by the server script alone, that carries the client's address to the app. */
export const CLIENT_ADDRESS_HEADER = 'x-gazette-client-address';

const FORWARDED_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
];
const MAX_TRUSTED_HOPS = 10;

/** TRUST_PROXY as a number of hops; unset or empty is 0. */
export function parseTrustProxy(value) {
  if (value === undefined || value.trim() === '') return 0;
  const hops = Number(value);
  if (!/^\d+$/.test(value.trim()) || hops > MAX_TRUSTED_HOPS)
    throw new Error(
      `TRUST_PROXY must be the number of reverse proxies in front of the server, 0 to ${MAX_TRUSTED_HOPS}`,
    );
  return hops;
}

const listOf = (value) =>
  (Array.isArray(value) ? value.join(',') : (value ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * Rewrites a request's headers (Node's lower-case header object) in place: the client's address goes in
 * CLIENT_ADDRESS_HEADER, replacing any copy the client sent; forwarded headers stay only when a trusted
 * proxy wrote them. Returns whether the request reached the site over https.
 */
export function resolveForwarding(headers, socketAddress, trustedHops) {
  delete headers[CLIENT_ADDRESS_HEADER];
  const peer = socketAddress || 'unknown';
  if (trustedHops === 0) {
    for (const name of FORWARDED_HEADERS) delete headers[name];
    headers[CLIENT_ADDRESS_HEADER] = peer;
    return { https: false };
  }
  const chain = [...listOf(headers['x-forwarded-for']), peer];
  headers[CLIENT_ADDRESS_HEADER] = chain[Math.max(0, chain.length - 1 - trustedHops)].slice(0, 100);
  return { https: listOf(headers['x-forwarded-proto'])[0] === 'https' };
}

/** The client's address as the server script found it (a request's Headers); "unknown" without it. */
export function clientAddress(headers) {
  return headers.get(CLIENT_ADDRESS_HEADER) || 'unknown';
}
