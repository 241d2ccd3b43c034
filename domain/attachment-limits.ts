// How much a document may carry in files. Plain constants: next.config.ts (Next's own body limit) and
// proxy.ts (a 413 before Next reads an oversized body) read them through web/action-limits.ts.
//
// Why these figures: a policy document's PDF, even a scan of the signed and stamped original, is rarely over
// 5 MB, and a spreadsheet annex or a photograph far less; 10 MB per file leaves room for a long scanned
// annex while keeping one upload (read whole into memory by Next's server action, then hashed and
// written) well inside the server's 256 MB heap. 40 MB per revision bounds what one page lists and what
// every backup copies per document; a document that needs more is better split.

/** The largest file one upload may carry. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** The most a revision may carry in files, all together. */
export const MAX_REVISION_ATTACHMENT_BYTES = 40 * 1024 * 1024;
/** The most files a revision may carry. */
export const MAX_ATTACHMENTS = 20;
/** The longest alternative text of an image, in characters. */
export const MAX_ALT_TEXT = 500;
