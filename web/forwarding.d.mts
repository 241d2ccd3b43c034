export const CLIENT_ADDRESS_HEADER: string;
export function parseTrustProxy(value: string | undefined): number;
export function resolveForwarding(
  headers: Record<string, string | string[] | undefined>,
  socketAddress: string | undefined,
  trustedHops: number,
): { https: boolean };
export function clientAddress(headers: Headers): string;
