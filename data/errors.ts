import type { MessageKey } from '@/messages';

/**
 * A refusal or failure the person asking should read. It carries a catalogue key, not a sentence, so each
 * entry point shows it in its user's language.
 */
export class GazetteError extends Error {
  constructor(
    readonly kind: 'forbidden' | 'not_found' | 'invalid' | 'conflict',
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'GazetteError';
  }
}

export const forbidden = (key: MessageKey = 'error.forbidden', params?: Record<string, string | number>) =>
  new GazetteError('forbidden', key, params);
export const notFound = (key: MessageKey = 'error.notFound') => new GazetteError('not_found', key);
export const invalid = (key: MessageKey, params?: Record<string, string | number>) =>
  new GazetteError('invalid', key, params);
export const conflict = (key: MessageKey, params?: Record<string, string | number>) =>
  new GazetteError('conflict', key, params);
