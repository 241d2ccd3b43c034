import 'server-only';
import { headers } from 'next/headers';

// The one place that says which address a request came from, for counting what anonymous callers are
// refused. It reads the leftmost X-Forwarded-For, as the sign-in throttle does; when the address is taken
// from a trusted source instead, this is the function to switch.

const MAX_LENGTH = 64;

/** The client's address as these headers name it ('direct' when none is named), at most 64 characters. */
export function clientAddressOf(requestHeaders: Headers): string {
  const forwarded = requestHeaders.get('x-forwarded-for')?.split(',')[0]?.trim();
  return (forwarded || 'direct').slice(0, MAX_LENGTH);
}

/** The address of the request being handled (in a server action, page or route handler). */
export async function clientAddress(): Promise<string> {
  return clientAddressOf(await headers());
}
