/**
 * The soft keywords `match` and `case` (Python 3.10). They stay ordinary names (`match = re.match(...)`)
 * except where they start a match statement: a logical line beginning with the name `match` whose last
 * token outside brackets is `:` ending the line; inside that block, the name `case` starting
 * each line of the block's own level. Those tokens are retyped MatchKw / CaseKw before parsing, so the
 * grammar decides statements on one token as before (a gate on `Name` would blur the LL(k) decision, and
 * with it the error positions CPython reports for lines like `a b`).
 */
import type { IToken, TokenType } from 'chevrotain';
import { CaseKw, Colon, Dedent, Indent, LBrace, LPar, LSqb, MatchKw, Name, Newline, RBrace, RPar, RSqb } from './tokens.js';

/** retype token `t` (Chevrotain matches on the token's own tokenTypeIdx) */
function retype(t: IToken, type: TokenType): void {
  t.tokenType = type;
  t.tokenTypeIdx = type.tokenTypeIdx!;
}

function lineStart(tokens: IToken[], i: number): boolean {
  if (i === 0) return true;
  const t = tokens[i - 1].tokenType;
  return t === Newline || t === Indent || t === Dedent;
}

/** index of the `:` ending a match header that starts at `i`, or -1 */
function headerColon(tokens: IToken[], i: number): number {
  let depth = 0;
  for (let k = i + 1; k < tokens.length; k++) {
    const tt = tokens[k].tokenType;
    if (tt === Newline) return -1;
    if (tt === LPar || tt === LSqb || tt === LBrace) depth++;
    else if (tt === RPar || tt === RSqb || tt === RBrace) depth--;
    else if (tt === Colon && depth === 0) {
      // no other statement starting with a name ends its line with `:` (without the indented block
      // that should follow, CPython reports "expected an indented block after 'match' statement")
      const ok = k > i + 1 && tokens[k + 1]?.tokenType === Newline;
      return ok ? k : -1;
    }
  }
  return -1;
}

export function markSoftKeywords(tokens: IToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.tokenType !== Name || t.image !== 'match' || !lineStart(tokens, i)) continue;
    const colon = headerColon(tokens, i);
    if (colon < 0) continue;
    retype(t, MatchKw);
    // the block: lines at depth 1 (relative to the block's INDENT) that start with `case`
    let depth = 0;
    for (let k = colon + 2; k < tokens.length; k++) {
      const tt = tokens[k].tokenType;
      if (tt === Indent) depth++;
      else if (tt === Dedent) {
        if (--depth === 0) break;
      } else if (depth === 1 && tt === Name && tokens[k].image === 'case' && lineStart(tokens, k)) retype(tokens[k], CaseKw);
    }
  }
}
