import 'server-only';
import { notFound } from 'next/navigation';
import { GazetteError } from '@/data/errors';
import { parseRecordId } from '@/domain/record-id';

/** A path's record id (decimal digits only), or the 404 page: anything else names no record. */
export function recordIdOr404(segment: string): number {
  return parseRecordId(segment) ?? notFound();
}

/**
 * Runs a page's data read; a missing record, or one the reader may not see, shows the 404 page
 * (which does not tell the two apart, so it reveals nothing).
 */
export function loadOr404<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof GazetteError && (error.kind === 'not_found' || error.kind === 'forbidden'))
      notFound();
    throw error;
  }
}
