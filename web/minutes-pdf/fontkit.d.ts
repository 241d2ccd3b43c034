// The part of fontkit (pdfkit's font engine) the minutes PDF uses; the package ships no types.
declare module 'fontkit' {
  /** A parsed font; pdfkit takes it in place of a file and embeds the glyphs a document uses. */
  export type Font = {
    postscriptName: string;
    layout: (text: string) => unknown;
    hasGlyphForCodePoint: (codePoint: number) => boolean;
  };
  export function create(buffer: Uint8Array): Font;
}
