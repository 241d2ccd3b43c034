import { Readable } from 'node:stream';

/**
 * A response body read from strings as they come (a generator, a Node stream of text), so that a large
 * answer — a sitemap file, the audit log as CSV — is never held in memory whole.
 */
export function textStream(
  source: Iterable<string> | AsyncIterable<string> | Readable,
): ReadableStream<Uint8Array> {
  const readable = source instanceof Readable ? source : Readable.from(source);
  return (Readable.toWeb(readable) as ReadableStream<string>).pipeThrough(new TextEncoderStream());
}
