/**
 * Line bookkeeping for one source text: offset → (line, column) and line text lookup.
 *
 * Lines are 1-based, columns 0-based UTF-16 indices. A line ends at '\n' (a preceding '\r' belongs to
 * the line ending, not the text). Immutable after construction; one instance per parse.
 */

export class SourceText {
  readonly lineStarts: number[] = [0];

  constructor(readonly text: string, readonly filename: string) {
    // (indexOf, not a loop over every character: this runs once per compile, before the code is hot)
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** 1-based line containing `offset` */
  lineOf(offset: number): number {
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  colOf(offset: number): number {
    return offset - this.lineStarts[this.lineOf(offset) - 1];
  }

  /** text of a 1-based line without its line ending ('' past the end) */
  lineText(line: number): string {
    if (line < 1 || line > this.lineStarts.length) return '';
    const start = this.lineStarts[line - 1];
    let end = line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }

  /** number of the last line that holds any character (a final '\n' does not open a new line) */
  lastLine(): number {
    const n = this.lineStarts.length;
    return n > 1 && this.lineStarts[n - 1] === this.text.length ? n - 1 : n;
  }
}
