// What a long import shows while it runs: on a terminal, a progress bar on stderr redrawn at most ten
// times a second, with the lines that need attention (refusals) printed above it; elsewhere (a log, a
// pipe, CI) every line, plain, and no bar.

export type Progress = {
  /** A line for the reader; on a terminal only when `always` (refusals), else everything is printed. */
  line(text: string, always?: boolean): void;
  step(done: number, refused: number): void;
  end(): void;
};

export function progress(total: number, tty = Boolean(process.stderr.isTTY)): Progress {
  if (!tty) {
    return { line: (text) => console.log(text), step: () => {}, end: () => {} };
  }
  const started = performance.now();
  let drawnAt = 0;
  let last = { done: 0, refused: 0 };
  const draw = () => {
    const { done, refused } = last;
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : width;
    const seconds = (performance.now() - started) / 1000;
    const eta = done ? Math.round((seconds / done) * (total - done)) : 0;
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}  refused ${refused}  ${Math.round(seconds)}s, ~${eta}s left\x1b[K`,
    );
  };
  return {
    line(text, always = false) {
      if (!always) return;
      process.stderr.write('\r\x1b[K');
      console.log(text);
      draw();
    },
    step(done, refused) {
      last = { done, refused };
      const now = performance.now();
      if (now - drawnAt < 100 && done < total) return;
      drawnAt = now;
      draw();
    },
    end() {
      draw();
      process.stderr.write('\n');
    },
  };
}
