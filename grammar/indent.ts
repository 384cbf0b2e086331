/**
 * The indentation stack behind INDENT/DEDENT tokens, following CPython's tokenizer rules.
 *
 * One `IndentTracker` per tokenize call (no shared state). `col` is the indentation with tabs advancing
 * to the next multiple of 8, `altCol` the same with tabs counting 1; if the two measures disagree about
 * the ordering of two lines, the indentation is ambiguous and the result is a TabError. The lexer calls
 * `onLine` only for lines that carry tokens and are not inside brackets or continuations.
 */

export type IndentResult =
  | { kind: 'same' }
  | { kind: 'indent' }
  | { kind: 'dedent'; count: number }
  | { kind: 'tab' }
  | { kind: 'mismatch' };

export class IndentTracker {
  private readonly cols: number[] = [0];
  private readonly alts: number[] = [0];

  /** number of currently open indentation levels (DEDENTs still owed at end of input) */
  get depth(): number {
    return this.cols.length - 1;
  }

  onLine(col: number, altCol: number): IndentResult {
    const cols = this.cols;
    const alts = this.alts;
    let top = cols.length - 1;
    if (col === cols[top]) return altCol === alts[top] ? { kind: 'same' } : { kind: 'tab' };
    if (col > cols[top]) {
      if (altCol <= alts[top]) return { kind: 'tab' };
      cols.push(col);
      alts.push(altCol);
      return { kind: 'indent' };
    }
    let count = 0;
    while (top > 0 && col < cols[top]) {
      cols.pop();
      alts.pop();
      top--;
      count++;
    }
    if (col !== cols[top]) return { kind: 'mismatch' };
    if (altCol !== alts[top]) return { kind: 'tab' };
    return { kind: 'dedent', count };
  }
}
