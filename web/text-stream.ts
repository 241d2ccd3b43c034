import { Readable } from 'node:stream';

// Writers such as the sitemap stream emit a string per element: tens of thousands of tiny chunks, each
// then passing through the encoder, the server's compression and a socket write on its own. Joined into
// pieces of about this size, a 20,000-release sitemap file is sent many times faster.
const CHUNK_CHARS = 64 * 1024;

/**
 * A response body read from text as it comes (a generator of strings, a Node stream of text), so that a
 * large answer — a sitemap file, the audit log as CSV — is never held in memory whole.
 */
export function textStream(source: Iterable<string> | Readable): ReadableStream<Uint8Array> {
  const readable = source instanceof Readable ? source : Readable.from(source);
  return (Readable.toWeb(readable) as ReadableStream<string | Uint8Array>)
    .pipeThrough(coalesced())
    .pipeThrough(new TextEncoderStream());
}

/** Joins small pieces of text into pieces of about CHUNK_CHARS; bytes are decoded as UTF-8 on the way. */
function coalesced(): TransformStream<string | Uint8Array, string> {
  const decoder = new TextDecoder();
  let pending: string[] = [];
  let length = 0;
  return new TransformStream({
    transform(chunk, controller) {
      const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      pending.push(text);
      length += text.length;
      if (length >= CHUNK_CHARS) {
        controller.enqueue(pending.join(''));
        pending = [];
        length = 0;
      }
    },
    flush(controller) {
      const rest = pending.join('') + decoder.decode();
      if (rest) controller.enqueue(rest);
    },
  });
}
