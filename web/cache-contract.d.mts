import type { IncomingMessage, ServerResponse } from 'node:http';

export type CacheSettings = { fallbackSeconds: number; staleIfErrorSeconds: number };
export type Caching = { kind: 'private' } | { kind: 'untouched' } | { kind: 'public'; tags: string[] };
export const FALLBACK_BOUNDS: Readonly<{ min: number; max: number; default: number }>;
export const STALE_IF_ERROR_BOUNDS: Readonly<{ min: number; max: number; default: number }>;
export function cacheSettings(environment: Record<string, string | undefined>): CacheSettings;
export function cachingOf(request: {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}): Caching;
export function surrogateControl(settings: CacheSettings): string;
export function applyCacheContract(
  request: IncomingMessage,
  response: ServerResponse,
  settings: CacheSettings,
): void;
