// Limits of what a server action may be sent, read by next.config.ts (Next's own limit), proxy.ts (a 413
// before Next reads an oversized body) and the release upload (its files). Plain constants: next.config.ts
// cannot import server-only code.

import { MAX_ATTACHMENT_BYTES } from '../domain/attachment-limits';

/** The release upload takes at most this many files at a time… */
export const MAX_RELEASE_FILES = 20;
/** …each at most this many kilobytes of UTF-8 text. */
export const MAX_RELEASE_FILE_KB = 200;

/**
 * The largest body a server action accepts: the larger of a full release upload and one attached file,
 * each with its form's framing (names, year; the document, the alternative text).
 */
export const ACTION_BODY_LIMIT_BYTES = Math.max(
  (MAX_RELEASE_FILES * MAX_RELEASE_FILE_KB + 128) * 1024,
  MAX_ATTACHMENT_BYTES + 128 * 1024,
);
