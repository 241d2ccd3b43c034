// The Unicode line breaking algorithm (UAX #14) of pdfkit's authors; the package ships no types.
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next place a line may (or, after a newline, must) end, or null at the end of the text. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
