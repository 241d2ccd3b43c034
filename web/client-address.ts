import 'server-only';
import { headers } from 'next/headers';
import { clientAddress as addressFromServer } from './forwarding.mjs';

// Which address a request came from, for counting what anonymous callers are refused: the one the server
// script settled from the socket or a trusted proxy (web/forwarding.mjs), never a header a client wrote.

const MAX_LENGTH = 64;

/** The client's address as the server script named it, at most 64 characters. */
export function clientAddressOf(requestHeaders: Headers): string {
  return addressFromServer(requestHeaders).slice(0, MAX_LENGTH);
}

/** The address of the request being handled (in a server action, page or route handler). */
export async function clientAddress(): Promise<string> {
  return clientAddressOf(await headers());
}
