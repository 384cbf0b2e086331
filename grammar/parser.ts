/**
 * The Chevrotain grammar for Python 3.11 statements and expressions, building the AST directly
 * (EmbeddedActionsParser, LL(2)).
 *
 * Invariants: every use of a parsed value happens inside `ACTION` (grammar recording runs the rule
 * bodies with placeholder values); assignment targets are parsed as expressions and validated afterwards
 * (grammar/targets.ts); semantic errors are thrown as PySyntaxError straight out of the actions, while
 * recognition failures are left in `errors` for grammar/diagnose.ts to turn into CPython's messages.
 * One instance is reused for every parse: `begin` resets all per-parse state.
 *
 * Construction: Chevrotain's self-analysis (recording the grammar, computing LL(k) lookahead) costs
 * ~25 ms, so bundles built by scripts/build.mjs carry its result (`GrammarCache`, see the end of this
 * file) and a parser built from it skips that work; without a cache (tests, `validate`) it runs as usual.
 */

import {
  Alternation, Alternative, EmbeddedActionsParser, EOF, getLookaheadPaths, LLkLookaheadStrategy, NonTerminal, Option,
  Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator, RepetitionWithSeparator, Rule, Terminal, VERSION,
  type ILookaheadStrategy, type IOrAlt, type IToken, type LookaheadProductionType, type TokenType,
} from 'chevrotain';
import type {
  Alias, Arg, Arguments, BinOperator, CmpOperator, Comprehension, ExceptHandler, Expr, FStringPart,
  Keyword as KeywordNode, MatchCase, Module, Span, Stmt, UnaryOperator, WithItem,
} from './ast.js';
import { checkCases, toPattern } from './patterns.js';
import { PySyntaxError } from './errors.js';
import type { SourceText } from './source.js';
import { fromTok, join, tokSpan } from './spans.js';
import { exprName, invalidTarget, starCount, type TargetContext } from './targets.js';
import {
  ALL_TOKENS, AddOp, Amper, Arrow, Assign, At, AugAssign, CaseKw, Caret, Colon, Comma, CompOp, Dedent, Dot,
  DoubleStar, Ellipsis, ErrorTok, Float, Imag, Indent, Int, kw, LBrace, LPar, LSqb, MatchKw, MulOp, Name,
  Newline, RBrace, RPar, RSqb, Semi, ShiftOp, Slash, Star, Str, strPayload, UnaryOp, VBar, Walrus,
} from './tokens.js';

/** The last completed `disjunction`, remembered for error diagnosis. */
export interface DisjRecord {
  node: Expr;
  first: IToken;
  last: IToken;
}

type Param =
  | { kind: 'slash'; tok: IToken }
  | { kind: 'star'; tok: IToken; arg: Arg | null }
  | { kind: 'dstar'; tok: IToken; arg: Arg }
  | { kind: 'plain'; tok: IToken; arg: Arg; dflt: Expr | null };

type CallArg =
  | { kind: 'pos'; value: Expr; star: IToken | null }
  | { kind: 'kw'; kw: KeywordNode; dstar: boolean }
  | { kind: 'gen'; value: Expr };

interface CallArgs {
  args: Expr[];
  keywords: KeywordNode[];
  /** the only argument is an unparenthesized generator expression */
  bareGen?: boolean;
}

type DictOrSetItem = { kind: 'dstar'; value: Expr; tok: IToken } | { kind: 'elt'; key: Expr; value: Expr | null; colon: IToken | null };

const BIN: Record<string, BinOperator> = {
  '+': '+', '-': '-', '*': '*', '/': '/', '//': '//', '%': '%', '@': '@', '<<': '<<', '>>': '>>',
  '&': '&', '|': '|', '^': '^', '**': '**',
};

export class PyParser extends EmbeddedActionsParser {
  src!: SourceText;
  lastDisj: DisjRecord | null = null;
  /** innermost-first: whether we are in call arguments (for `f(a.b=1)` diagnosis) */
  inCallArgs = 0;
  /** inside a case pattern: `p as name` may follow an expression (nested as-patterns, see patterns.ts) */
  inPattern = 0;

  /** whether construction used a grammar cache (see `exportGrammarCache`) */
  readonly fromCache: boolean;
  /** the cached grammar during construction */
  private cachedGast: Map<string, Rule> | null;

  /**
   * `validate` runs Chevrotain's grammar checks (slow; tests). `cache` (from `exportGrammarCache`) skips
   * grammar recording and lookahead analysis; it is ignored when validating or when it does not fit.
   * `lookahead` replaces the lookahead strategy (used by `exportGrammarCache` to watch the analysis).
   */
  constructor(validate: boolean, cache: GrammarCache | null = null, lookahead?: ILookaheadStrategy) {
    const loaded = cache && !validate && !lookahead ? loadGrammarCache(cache) : null;
    const strategy = lookahead ?? (loaded ? new CachedLookahead(loaded) : null);
    super(ALL_TOKENS, {
      maxLookahead: MAX_LOOKAHEAD, recoveryEnabled: false, skipValidations: !validate,
      // (Chevrotain takes a present-but-undefined lookaheadStrategy literally)
      ...(strategy ? { lookaheadStrategy: strategy } : {}),
    });
    const names: unknown = (this as any).definedRulesNames;
    const fits = loaded !== null && Array.isArray(names) && names.length === loaded.rules.size && names.every((n) => loaded.rules.has(n));
    this.fromCache = fits;
    this.cachedGast = fits ? loaded.rules : null;
    this.performSelfAnalysis();
    this.cachedGast = null;
  }

  // Chevrotain's recording hooks (called by performSelfAnalysis): with a cache, hand out the cached rule
  // instead of recording it. Recording's enable/disable are skipped too (the latter alone costs ~4 ms).
  enableRecording(): void {
    if (!this.cachedGast) (EmbeddedActionsParser.prototype as any).enableRecording.call(this);
  }

  disableRecording(): void {
    if (!this.cachedGast) (EmbeddedActionsParser.prototype as any).disableRecording.call(this);
  }

  topLevelRuleRecord(name: string, def: () => unknown): Rule {
    return this.cachedGast?.get(name) ?? (EmbeddedActionsParser.prototype as any).topLevelRuleRecord.call(this, name, def);
  }

  begin(src: SourceText, tokens: IToken[]): void {
    this.src = src;
    this.lastDisj = null;
    this.inCallArgs = 0;
    this.inPattern = 0;
    this.input = tokens;
  }

  // ---- error helpers ----

  errSpan(msg: string, s: Span, type: 'SyntaxError' | 'IndentationError' = 'SyntaxError'): PySyntaxError {
    return new PySyntaxError({
      type, msg, filename: this.src.filename, line: s.line, col: s.col + 1, endCol: s.endCol + 1,
      endLine: s.endLine, lineText: this.src.lineText(s.line),
    });
  }

  errTok(msg: string, t: IToken): PySyntaxError {
    if ((t.tokenType === EOF || t.tokenType === Dedent) && t.startOffset >= this.src.text.length) {
      // the generic "invalid syntax" is raised at the token's own range (end offset 0), the others at none
      return this.errAtEnd(msg, 'SyntaxError', msg === 'invalid syntax' ? 0 : -1);
    }
    return this.errSpan(msg, tokSpan(t));
  }

  /**
   * An error at the DEDENTs or ENDMARKER closing the input: CPython's file tokenizer puts them on the
   * last line that holds any character, at offset 0 (so no caret is drawn).
   */
  private errAtEnd(msg: string, type: 'SyntaxError' | 'IndentationError', endCol: number, incomplete = false): PySyntaxError {
    const line = this.src.lastLine();
    return new PySyntaxError({ type, msg, filename: this.src.filename, line, col: 0, endCol, lineText: this.src.lineText(line), incomplete, atEnd: true });
  }

  /** is the source text at `s` directly wrapped in parentheses? */
  private parenthesized(s: Span): boolean {
    const text = this.src.text;
    let a = this.src.lineStarts[s.line - 1] + s.col - 1;
    let b = this.src.lineStarts[s.endLine - 1] + s.endCol;
    while (a >= 0 && /\s/.test(text[a])) a--;
    while (b < text.length && /\s/.test(text[b])) b++;
    return text[a] === '(' && text[b] === ')';
  }

  /** move an error to token `t` (CPython reports literal errors at the token after the literal) */
  private relocate(e: PySyntaxError, t: IToken): PySyntaxError {
    const at = this.errTok(e.msg, t);
    at.type = e.type;
    return at;
  }

  private raiseLexError(): void {
    const t = this.LA(1);
    if (t.tokenType === ErrorTok) throw t.payload as PySyntaxError;
  }

  /** `:` ending a block header; a NEWLINE instead gives CPython's "expected ':'" */
  private colon(idx: number): IToken {
    this.ACTION(() => {
      const t = this.LA(1);
      if (t.tokenType === Newline) throw this.errTok("expected ':'", t);
    });
    return this.consume(idx, Colon);
  }

  private checkTarget(e: Expr, ctx: TargetContext): void {
    const bad = invalidTarget(e, ctx);
    if (bad) {
      throw this.errSpan(ctx === 'del' ? `cannot delete ${exprName(bad)}` : `cannot assign to ${exprName(bad)}`, bad.span);
    }
    if (ctx === 'store') this.checkStars(e);
  }

  private checkStars(e: Expr): void {
    if (e.kind === 'Starred') throw this.errSpan('starred assignment target must be in a list or tuple', e.span);
    if (e.kind === 'Tuple' || e.kind === 'List') {
      if (starCount(e) > 1) throw this.errSpan('multiple starred expressions in assignment', e.span);
      for (const x of e.elts) if (x.kind === 'Tuple' || x.kind === 'List') this.checkStars(x);
    }
  }

  /** span from `start` to the last consumed token that is not NEWLINE/INDENT/DEDENT (CPython's EXTRA) */
  sp(start: IToken): Span {
    let k = 0;
    let t = this.LA(0);
    while (t.tokenType === Newline || t.tokenType === Indent || t.tokenType === Dedent) t = this.LA(--k);
    return fromTok(start, tokSpan(t));
  }

  private noStarred(e: Expr): void {
    if (e.kind === 'Starred') throw this.errSpan("can't use starred expression here", e.span);
  }

  // ================= statements =================

  file = this.RULE('file', (): Module => {
    const body: Stmt[] = [];
    this.MANY(() => {
      const s = this.SUBRULE(this.stmt);
      this.ACTION(() => body.push(...s));
    });
    this.CONSUME(EOF);
    return { kind: 'Module', body };
  });

  /** an f-string replacement field: the text between the braces, as if parenthesized */
  fieldExpr = this.RULE('fieldExpr', (): Expr => {
    const e = this.SUBRULE(this.exprOrYield);
    this.CONSUME(EOF);
    return e;
  });

  /** diagnosis helper: parse a bitwise_or prefix and report the index of the following token */
  probeBitOr = this.RULE('probeBitOr', (): IToken => {
    this.SUBRULE(this.bitwiseOr);
    return this.ACTION(() => this.LA(1));
  });

  probeStarExprs = this.RULE('probeStarExprs', (): IToken => {
    this.SUBRULE(this.starExpressions);
    return this.ACTION(() => this.LA(1));
  });

  /** line of the next token (where CPython's parser stood when an action raised) */
  currentLine(): number {
    return this.LA(1).startLine ?? this.LA(0).startLine ?? 1;
  }

  probeExpr = this.RULE('probeExpr', (): IToken => {
    this.SUBRULE(this.expression);
    return this.ACTION(() => this.LA(1));
  });

  stmt = this.RULE('stmt', (): Stmt[] =>
    this.OR([
      { ALT: () => { const s = this.SUBRULE(this.compound); return this.ACTION(() => [s]); } },
      { ALT: () => this.SUBRULE(this.simpleStmts) },
    ]),
  );

  simpleStmts = this.RULE('simpleStmts', (): Stmt[] => {
    const out: Stmt[] = [];
    const first = this.SUBRULE(this.simple);
    this.ACTION(() => out.push(first));
    this.MANY(() => {
      this.CONSUME(Semi);
      const s = this.SUBRULE2(this.simple);
      this.ACTION(() => out.push(s));
    });
    this.OPTION(() => this.CONSUME2(Semi));
    this.CONSUME(Newline);
    return out;
  });

  simple = this.RULE('simple', (): Stmt =>
    this.OR([
      { ALT: () => this.SUBRULE(this.exprStmt) },
      { ALT: () => { const t = this.CONSUME(kw.pass); return this.ACTION((): Stmt => ({ kind: 'Pass', span: tokSpan(t) })); } },
      { ALT: () => { const t = this.CONSUME(kw.break); return this.ACTION((): Stmt => ({ kind: 'Break', span: tokSpan(t) })); } },
      { ALT: () => { const t = this.CONSUME(kw.continue); return this.ACTION((): Stmt => ({ kind: 'Continue', span: tokSpan(t) })); } },
      { ALT: () => this.SUBRULE(this.returnStmt) },
      { ALT: () => this.SUBRULE(this.raiseStmt) },
      { ALT: () => this.SUBRULE(this.globalStmt) },
      { ALT: () => this.SUBRULE(this.delStmt) },
      { ALT: () => this.SUBRULE(this.assertStmt) },
      { ALT: () => this.SUBRULE(this.importStmt) },
      { ALT: () => this.SUBRULE(this.fromStmt) },
    ]),
  );

  exprStmt = this.RULE('exprStmt', (): Stmt => {
    const s0 = this.LA(1);
    const first = this.SUBRULE(this.exprOrYield);
    const rest: Expr[] = [];
    let aug: IToken | null = null;
    let ann: Expr | null = null;
    let annValue: Expr | null = null;
    this.OPTION(() =>
      this.OR([
        {
          ALT: () =>
            this.AT_LEAST_ONE(() => {
              this.CONSUME(Assign);
              const v = this.SUBRULE2(this.exprOrYield);
              this.ACTION(() => rest.push(v));
            }),
        },
        {
          ALT: () => {
            aug = this.CONSUME(AugAssign);
            const v = this.SUBRULE3(this.exprOrYield);
            this.ACTION(() => rest.push(v));
          },
        },
        {
          ALT: () => {
            this.CONSUME(Colon);
            ann = this.SUBRULE(this.expression);
            this.OPTION2(() => {
              this.CONSUME2(Assign);
              annValue = this.SUBRULE4(this.exprOrYield);
            });
          },
        },
      ]),
    );
    return this.ACTION((): Stmt => {
      if (aug !== null) {
        const a: IToken = aug;
        const value = rest[0];
        if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
          throw this.errSpan(`'${exprName(first)}' is an illegal expression for augmented assignment`, first.span);
        }
        this.noStarred(value);
        return { kind: 'AugAssign', target: first, op: BIN[a.image.slice(0, -1)], value, span: this.sp(s0) };
      }
      if (ann !== null) {
        const annotation: Expr = ann;
        if (first.kind === 'Tuple') throw this.errSpan('only single target (not tuple) can be annotated', first.elts[0].span);
        if (first.kind === 'List') throw this.errSpan('only single target (not list) can be annotated', first.span);
        if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
          throw this.errSpan('illegal target for annotation', first.span);
        }
        const v: Expr | null = annValue;
        return { kind: 'AnnAssign', target: first, annotation, value: v, span: this.sp(s0) };
      }
      if (rest.length > 0) {
        const targets = [first, ...rest.slice(0, -1)];
        const value = rest[rest.length - 1];
        this.validateAssign(targets, value);
        this.noStarred(value);
        return { kind: 'Assign', targets, value, span: this.sp(s0) };
      }
      this.noStarred(first);
      return { kind: 'Expr', value: first, span: this.sp(s0) };
    });
  });

  /** CPython's invalid_named_expression / invalid_assignment messages */
  private validateAssign(targets: Expr[], value: Expr): void {
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i];
      const bad = invalidTarget(t, 'store');
      if (!bad) continue;
      const seg = i + 1 < targets.length ? targets[i + 1] : value;
      const isLast = i + 1 === targets.length;
      const endsTarget = bad === t || ((t.kind === 'Tuple' || t.kind === 'List') && t.elts[t.elts.length - 1] === bad &&
        t.span.endCol === bad.span.endCol && t.span.endLine === bad.span.endLine);
      const excluded = bad.kind === 'Tuple' || bad.kind === 'List' || bad.kind === 'GeneratorExp' ||
        (bad.kind === 'Constant' && (bad.value === null || typeof bad.value === 'boolean'));
      const atom = isBitwiseLevel(bad) || ((bad.kind === 'Yield' || bad.kind === 'YieldFrom') && this.parenthesized(bad.span));
      if (endsTarget && !excluded && atom && segAllowsHere(seg, isLast)) {
        throw this.errSpan(`cannot assign to ${exprName(bad)} here. Maybe you meant '==' instead of '='?`, bad.span);
      }
      if (t.kind === 'Yield' || t.kind === 'YieldFrom') throw this.errSpan('assignment to yield expression not possible', t.span);
      throw this.errSpan(`cannot assign to ${exprName(bad)}`, bad.span);
    }
    for (const t of targets) this.checkStars(t);
  }

  exprOrYield = this.RULE('exprOrYield', (): Expr =>
    this.OR([{ ALT: () => this.SUBRULE(this.yieldExpr) }, { ALT: () => this.SUBRULE(this.starExpressions) }]),
  );

  returnStmt = this.RULE('returnStmt', (): Stmt => {
    const t = this.CONSUME(kw.return);
    const v = this.OPTION(() => this.SUBRULE(this.starExpressions));
    return this.ACTION((): Stmt => {
      if (v) this.noStarred(v);
      return { kind: 'Return', value: v ?? null, span: this.sp(t) };
    });
  });

  raiseStmt = this.RULE('raiseStmt', (): Stmt => {
    const t = this.CONSUME(kw.raise);
    let exc: Expr | null = null;
    let cause: Expr | null = null;
    this.OPTION(() => {
      exc = this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(kw.from);
        cause = this.SUBRULE2(this.expression);
      });
    });
    return this.ACTION((): Stmt => {
      return { kind: 'Raise', exc, cause, span: this.sp(t) };
    });
  });

  globalStmt = this.RULE('globalStmt', (): Stmt => {
    const t = this.OR([{ ALT: () => this.CONSUME(kw.global) }, { ALT: () => this.CONSUME(kw.nonlocal) }]);
    const names: IToken[] = [this.CONSUME(Name)];
    this.MANY(() => {
      this.CONSUME(Comma);
      names.push(this.CONSUME2(Name));
    });
    return this.ACTION((): Stmt => {
      const span = fromTok(t, tokSpan(names[names.length - 1]));
      const ids = names.map((n) => n.image);
      return t.tokenType === kw.global ? { kind: 'Global', names: ids, span } : { kind: 'Nonlocal', names: ids, span };
    });
  });

  delStmt = this.RULE('delStmt', (): Stmt => {
    const t = this.CONSUME(kw.del);
    const tl = this.SUBRULE(this.targetList);
    return this.ACTION((): Stmt => {
      const targets = tl.kind === 'Tuple' && tl.span.col === tl.elts[0].span.col && tl.span.line === tl.elts[0].span.line ? tl.elts : [tl];
      for (const x of targets) this.checkTarget(x, 'del');
      return { kind: 'Delete', targets, span: this.sp(t) };
    });
  });

  assertStmt = this.RULE('assertStmt', (): Stmt => {
    const t = this.CONSUME(kw.assert);
    const test = this.SUBRULE(this.expression);
    const msg = this.OPTION(() => {
      this.CONSUME(Comma);
      return this.SUBRULE2(this.expression);
    });
    return this.ACTION((): Stmt => ({ kind: 'Assert', test, msg: msg ?? null, span: this.sp(t) }));
  });

  dottedName = this.RULE('dottedName', (): IToken[] => {
    const parts = [this.CONSUME(Name)];
    this.MANY(() => {
      this.CONSUME(Dot);
      parts.push(this.CONSUME2(Name));
    });
    return parts;
  });

  importStmt = this.RULE('importStmt', (): Stmt => {
    const t = this.CONSUME(kw.import);
    const names: Alias[] = [];
    const one = (idx: number): void => {
      const parts = this.subrule(idx, this.dottedName);
      const as = this.option(idx, () => {
        this.consume(idx, kw.as);
        return this.consume(idx + 10, Name);
      });
      this.ACTION(() => {
        const last = as ?? parts[parts.length - 1];
        names.push({ name: parts.map((p) => p.image).join('.'), asname: as ? as.image : null, span: fromTok(parts[0], tokSpan(last)) });
      });
    };
    one(1);
    this.MANY(() => {
      this.CONSUME(Comma);
      one(2);
    });
    return this.ACTION((): Stmt => ({ kind: 'Import', names, span: fromTok(t, names[names.length - 1].span) }));
  });

  importAsName = this.RULE('importAsName', (): Alias => {
    const n = this.CONSUME(Name);
    const as = this.OPTION(() => {
      this.CONSUME(kw.as);
      return this.CONSUME2(Name);
    });
    return this.ACTION(() => ({ name: n.image, asname: as ? as.image : null, span: fromTok(n, tokSpan(as ?? n)) }));
  });

  fromStmt = this.RULE('fromStmt', (): Stmt => {
    const t = this.CONSUME(kw.from);
    let level = 0;
    this.MANY(() =>
      this.OR([
        { ALT: () => { this.CONSUME(Dot); level += 1; } },
        { ALT: () => { this.CONSUME(Ellipsis); level += 3; } },
      ]),
    );
    const mod = this.OPTION(() => this.SUBRULE(this.dottedName));
    this.ACTION(() => {
      if (level === 0 && !mod) throw this.errTok('invalid syntax', this.LA(1));
    });
    this.CONSUME(kw.import);
    const names: Alias[] = [];
    let end: IToken | null = null;
    this.OR2([
      {
        ALT: () => {
          const s = this.CONSUME(Star);
          this.ACTION(() => names.push({ name: '*', asname: null, span: tokSpan(s) }));
          end = s;
        },
      },
      {
        ALT: () => {
          this.CONSUME(LPar);
          names.push(this.SUBRULE(this.importAsName));
          this.MANY2(() => {
            this.CONSUME(Comma);
            names.push(this.SUBRULE2(this.importAsName));
          });
          this.OPTION2(() => this.CONSUME2(Comma));
          end = this.CONSUME(RPar);
        },
      },
      {
        ALT: () => {
          names.push(this.SUBRULE3(this.importAsName));
          this.MANY3(() => {
            this.CONSUME3(Comma);
            names.push(this.SUBRULE4(this.importAsName));
          });
        },
      },
    ]);
    return this.ACTION((): Stmt => {
      const endTok = end as IToken | null;
      const span = endTok ? fromTok(t, tokSpan(endTok)) : this.sp(t);
      return { kind: 'ImportFrom', module: mod ? mod.map((p) => p.image).join('.') : null, names, level, span };
    });
  });

  // ---- compound statements ----

  compound = this.RULE('compound', (): Stmt =>
    this.OR([
      { ALT: () => this.SUBRULE(this.ifStmt) },
      { ALT: () => this.SUBRULE(this.whileStmt) },
      { ALT: () => this.SUBRULE(this.forStmt) },
      { ALT: () => this.SUBRULE(this.tryStmt) },
      { ALT: () => this.SUBRULE(this.withStmt) },
      { ALT: () => this.SUBRULE(this.funcDef) },
      { ALT: () => this.SUBRULE(this.classDef) },
      { ALT: () => this.SUBRULE(this.decorated) },
      { ALT: () => this.SUBRULE(this.asyncStmt) },
      { ALT: () => this.SUBRULE(this.matchStmt) },
    ]),
  );

  block = this.RULE('block', (what?: string, header?: IToken): Stmt[] =>
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Newline);
          this.ACTION(() => this.checkIndent(what ?? '', header));
          this.CONSUME(Indent);
          const body: Stmt[] = [];
          this.AT_LEAST_ONE(() => {
            const s = this.SUBRULE(this.stmt);
            this.ACTION(() => body.push(...s));
          });
          this.CONSUME(Dedent);
          return body;
        },
      },
      { ALT: () => this.SUBRULE(this.simpleStmts) },
    ]),
  );

  private checkIndent(what: string, header: IToken | undefined): void {
    const t = this.LA(1);
    if (t.tokenType === Indent) return;
    this.raiseLexError();
    const msg = `expected an indented block after ${what} on line ${header?.startLine ?? 0}`;
    let k = 1;
    while (this.LA(k).tokenType === Dedent) k++;
    const next = this.LA(k);
    if (next.tokenType === EOF) throw this.errAtEnd(msg, 'IndentationError', -1, true);
    throw this.errSpan(msg, tokSpan(next), 'IndentationError');
  }

  ifStmt = this.RULE('ifStmt', (): Stmt => {
    const t = this.CONSUME(kw.if);
    const test = this.SUBRULE(this.namedExpr);
    this.colon(1);
    const body = this.SUBRULE(this.block, { ARGS: ["'if' statement", t] });
    const elifs: [IToken, Expr, Stmt[]][] = [];
    this.MANY(() => {
      const e = this.CONSUME(kw.elif);
      const et = this.SUBRULE2(this.namedExpr);
      this.colon(2);
      const eb = this.SUBRULE2(this.block, { ARGS: ["'elif' statement", e] });
      this.ACTION(() => elifs.push([e, et, eb]));
    });
    const orelse = this.OPTION(() => {
      const e = this.CONSUME(kw.else);
      this.colon(3);
      return this.SUBRULE3(this.block, { ARGS: ["'else' statement", e] });
    });
    return this.ACTION((): Stmt => {
      let tail: Stmt[] = orelse ?? [];
      for (let i = elifs.length - 1; i >= 0; i--) {
        const [e, et, eb] = elifs[i];
        tail = [{ kind: 'If', test: et, body: eb, orelse: tail, span: this.sp(e) }];
      }
      return { kind: 'If', test, body, orelse: tail, span: this.sp(t) };
    });
  });

  whileStmt = this.RULE('whileStmt', (): Stmt => {
    const t = this.CONSUME(kw.while);
    const test = this.SUBRULE(this.namedExpr);
    this.colon(1);
    const body = this.SUBRULE(this.block, { ARGS: ["'while' statement", t] });
    const orelse = this.OPTION(() => {
      const e = this.CONSUME(kw.else);
      this.colon(2);
      return this.SUBRULE2(this.block, { ARGS: ["'else' statement", e] });
    });
    return this.ACTION((): Stmt => {
      const o = orelse ?? [];
      return { kind: 'While', test, body, orelse: o, span: this.sp(t) };
    });
  });

  forStmt = this.RULE('forStmt', (asyncTok?: IToken): Stmt => {
    const t = this.CONSUME(kw.for);
    const target = this.SUBRULE(this.targetList);
    this.ACTION(() => this.checkTarget(target, 'store'));
    this.CONSUME(kw.in);
    const iter = this.SUBRULE(this.starExpressions);
    this.colon(1);
    const body = this.SUBRULE(this.block, { ARGS: ["'for' statement", t] });
    const orelse = this.OPTION(() => {
      const e = this.CONSUME(kw.else);
      this.colon(2);
      return this.SUBRULE2(this.block, { ARGS: ["'else' statement", e] });
    });
    return this.ACTION((): Stmt => {
      const o = orelse ?? [];
      return { kind: 'For', target, iter, body, orelse: o, isAsync: asyncTok !== undefined, span: this.sp(asyncTok ?? t) };
    });
  });

  tryStmt = this.RULE('tryStmt', (): Stmt => {
    const t = this.CONSUME(kw.try);
    this.colon(1);
    const body = this.SUBRULE(this.block, { ARGS: ["'try' statement", t] });
    const handlers: ExceptHandler[] = [];
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    this.ACTION(() => {
      const n = this.LA(1);
      if (n.tokenType !== kw.except && n.tokenType !== kw.finally) {
        this.raiseLexError();
        throw this.errTok("expected 'except' or 'finally' block", n);
      }
    });
    this.OR([
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => {
            const h = this.SUBRULE(this.exceptClause);
            this.ACTION(() => handlers.push(h));
          });
          this.OPTION(() => {
            const e = this.CONSUME(kw.else);
            this.colon(2);
            orelse = this.SUBRULE2(this.block, { ARGS: ["'else' statement", e] });
          });
          this.OPTION2(() => {
            const f = this.CONSUME(kw.finally);
            this.colon(3);
            finalbody = this.SUBRULE3(this.block, { ARGS: ["'finally' statement", f] });
          });
        },
      },
      {
        ALT: () => {
          const f = this.CONSUME2(kw.finally);
          this.colon(4);
          finalbody = this.SUBRULE4(this.block, { ARGS: ["'finally' statement", f] });
        },
      },
    ]);
    return this.ACTION((): Stmt => {
      const mixed = handlers.find((h) => h.star !== handlers[0].star);
      // the caret covers the clause's `except` or `except*` keyword
      const kwSpan = (h: ExceptHandler) => ({ ...h.span, endLine: h.span.line, endCol: h.span.col + (h.star ? 7 : 6) });
      if (mixed) throw this.errSpan("cannot have both 'except' and 'except*' on the same 'try'", kwSpan(mixed));
      return { kind: 'Try', body, handlers, orelse, finalbody, span: this.sp(t) };
    });
  });

  exceptClause = this.RULE('exceptClause', (): ExceptHandler => {
    const t = this.CONSUME(kw.except);
    let type: Expr | null = null;
    let name: IToken | null = null;
    const star = this.OPTION3(() => this.CONSUME(Star));
    this.ACTION(() => {
      if (star && this.LA(1).tokenType === Colon) throw this.errTok('expected one or more exception types', this.LA(1));
    });
    this.OPTION(() => {
      type = this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(kw.as);
        name = this.CONSUME(Name);
      });
    });
    this.colon(1);
    const body = this.SUBRULE(this.block, { ARGS: ["'except' statement", t] });
    return this.ACTION((): ExceptHandler => {
      const n = name as IToken | null;
      return { type, star: star !== undefined, name: n ? n.image : null, body, span: this.sp(t) };
    });
  });

  matchStmt = this.RULE('matchStmt', (): Stmt => {
    const t = this.CONSUME(MatchKw);
    const subject = this.SUBRULE(this.starExpressions);
    this.colon(1);
    this.CONSUME(Newline);
    this.ACTION(() => this.checkIndent("'match' statement", t));
    this.CONSUME(Indent);
    const cases: MatchCase[] = [];
    this.AT_LEAST_ONE(() => {
      const c = this.SUBRULE(this.caseBlock);
      this.ACTION(() => cases.push(c));
    });
    this.CONSUME(Dedent);
    return this.ACTION((): Stmt => {
      checkCases(cases, (msg, span) => {
        throw this.errSpan(msg, span);
      });
      return { kind: 'Match', subject, cases, span: this.sp(t) };
    });
  });

  caseBlock = this.RULE('caseBlock', (): MatchCase => {
    const t = this.CONSUME(CaseKw);
    this.inPattern++;
    let e: Expr;
    try {
      e = this.SUBRULE(this.casePatterns);
    } finally {
      this.inPattern--;
    }
    const asName = this.OPTION(() => {
      this.CONSUME(kw.as);
      return this.CONSUME2(Name);
    });
    const guard = this.OPTION2(() => {
      this.CONSUME(kw.if);
      return this.SUBRULE(this.namedExpr);
    });
    this.colon(2);
    const body = this.SUBRULE(this.block, { ARGS: ["'case' statement", t] });
    return this.ACTION((): MatchCase => {
      const fail = (msg: string, span: Span): never => {
        throw this.errSpan(msg, span);
      };
      let pattern = toPattern(e, fail);
      if (asName) {
        if (asName.image === '_') throw this.errTok("cannot use '_' as a target", asName);
        pattern = { kind: 'MatchAs', pattern, name: asName.image, span: fromTok(t, tokSpan(asName)) };
      }
      return { pattern, guard: guard ?? null, body, span: this.sp(t) };
    });
  });

  /** a case pattern read as an expression: `*name` or bitwise-or expressions, comma-separated (no `if`) */
  casePatterns = this.RULE('casePatterns', (): Expr => {
    const s0 = this.LA(1);
    const items = [this.SUBRULE(this.casePatternItem)];
    let comma = false;
    this.MANY(() => {
      this.CONSUME(Comma);
      comma = true;
      this.OPTION(() => {
        const x = this.SUBRULE2(this.casePatternItem);
        this.ACTION(() => items.push(x));
      });
    });
    return this.ACTION((): Expr => (comma ? { kind: 'Tuple', elts: items, span: this.sp(s0) } : items[0]));
  });

  casePatternItem = this.RULE('casePatternItem', (): Expr =>
    this.OR([
      {
        ALT: () => {
          const st = this.CONSUME(Star);
          const v = this.SUBRULE(this.bitwiseOr);
          return this.ACTION((): Expr => ({ kind: 'Starred', value: v, span: this.sp(st) }));
        },
      },
      { ALT: () => this.SUBRULE2(this.bitwiseOr) },
    ]),
  );

  withStmt = this.RULE('withStmt', (asyncTok?: IToken): Stmt => {
    const t = this.CONSUME(kw.with);
    const items: WithItem[] = [];
    this.OR([
      {
        GATE: () => this.parenthesizedWithItems(),
        ALT: () => {
          this.CONSUME(LPar);
          items.push(this.SUBRULE(this.withItem));
          this.MANY(() => {
            this.CONSUME(Comma);
            items.push(this.SUBRULE2(this.withItem));
          });
          this.OPTION(() => this.CONSUME2(Comma));
          this.CONSUME(RPar);
        },
      },
      {
        ALT: () => {
          items.push(this.SUBRULE3(this.withItem));
          this.MANY2(() => {
            this.CONSUME3(Comma);
            items.push(this.SUBRULE4(this.withItem));
          });
        },
      },
    ]);
    this.colon(1);
    const body = this.SUBRULE(this.block, { ARGS: ["'with' statement", t] });
    return this.ACTION((): Stmt => ({
      kind: 'With', items, body, isAsync: asyncTok !== undefined, span: this.sp(asyncTok ?? t),
    }));
  });

  /** `with (` ... `)` `:` — the parenthesized form of with-items (CPython tries it first) */
  private parenthesizedWithItems(): boolean {
    if (this.LA(1).tokenType !== LPar) return false;
    let depth = 0;
    for (let k = 1; ; k++) {
      const tt = this.LA(k).tokenType;
      if (tt === EOF || tt === ErrorTok || tt === Newline) return false;
      if (tt === LPar || tt === LSqb || tt === LBrace) depth++;
      else if (tt === RPar || tt === RSqb || tt === RBrace) {
        depth--;
        if (depth === 0) return this.LA(k + 1).tokenType === Colon;
      }
    }
  }

  withItem = this.RULE('withItem', (): WithItem => {
    const contextExpr = this.SUBRULE(this.expression);
    const v = this.OPTION(() => {
      this.CONSUME(kw.as);
      return this.SUBRULE(this.starTarget);
    });
    return this.ACTION(() => {
      if (v) this.checkTarget(v, 'store');
      return { contextExpr, optionalVars: v ?? null };
    });
  });

  funcDef = this.RULE('funcDef', (decorators?: Expr[], asyncTok?: IToken): Stmt => {
    const t = this.CONSUME(kw.def);
    const name = this.CONSUME(Name);
    this.ACTION(() => {
      const n = this.LA(1);
      if (n.tokenType !== LPar) {
        this.raiseLexError();
        throw this.errTok("expected '('", n);
      }
    });
    this.CONSUME(LPar);
    const args = this.OPTION(() => this.SUBRULE(this.params));
    this.CONSUME(RPar);
    const returns = this.OPTION2(() => {
      this.CONSUME(Arrow);
      return this.SUBRULE(this.expression);
    });
    this.colon(1);
    const body = this.SUBRULE(this.block, { ARGS: ['function definition', t] });
    return this.ACTION((): Stmt => ({
      kind: 'FunctionDef', name: name.image, args: args ?? emptyArgs(), body, decorators: decorators ?? [],
      returns: returns ?? null, isAsync: asyncTok !== undefined, span: this.sp(asyncTok ?? t),
    }));
  });

  classDef = this.RULE('classDef', (decorators?: Expr[]): Stmt => {
    const t = this.CONSUME(kw.class);
    const name = this.CONSUME(Name);
    let ca: CallArgs | undefined;
    this.OPTION(() => {
      this.CONSUME(LPar);
      ca = this.OPTION2(() => this.SUBRULE(this.args));
      this.CONSUME(RPar);
    });
    this.colon(1);
    const body = this.SUBRULE(this.block, { ARGS: ['class definition', t] });
    return this.ACTION((): Stmt => {
      const c: CallArgs = ca ?? { args: [], keywords: [] };
      return {
        kind: 'ClassDef', name: name.image, bases: c.args, keywords: c.keywords, body, decorators: decorators ?? [],
        span: this.sp(t),
      };
    });
  });

  decorated = this.RULE('decorated', (): Stmt => {
    const decorators: Expr[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(At);
      decorators.push(this.SUBRULE(this.namedExpr));
      this.CONSUME(Newline);
    });
    return this.OR([
      { ALT: () => this.SUBRULE(this.classDef, { ARGS: [decorators] }) },
      { ALT: () => this.SUBRULE(this.funcDef, { ARGS: [decorators] }) },
      {
        ALT: () => {
          const a = this.CONSUME(kw.async);
          return this.SUBRULE2(this.funcDef, { ARGS: [decorators, a] });
        },
      },
    ]);
  });

  asyncStmt = this.RULE('asyncStmt', (): Stmt => {
    const a = this.CONSUME(kw.async);
    return this.OR([
      { ALT: () => this.SUBRULE(this.funcDef, { ARGS: [[], a] }) },
      { ALT: () => this.SUBRULE(this.forStmt, { ARGS: [a] }) },
      { ALT: () => this.SUBRULE(this.withStmt, { ARGS: [a] }) },
    ]);
  });

  // ---- parameters ----

  params = this.RULE('params', (): Arguments => this.paramList(true));
  lambdaParams = this.RULE('lambdaParams', (): Arguments => this.paramList(false));

  private paramList(annotated: boolean): Arguments {
    const items: Param[] = [];
    const ann = (idx: number): Expr | null => {
      if (!annotated) return null;
      return (
        this.option(idx, () => {
          this.consume(idx, Colon);
          return this.subrule(idx, this.expression);
        }) ?? null
      );
    };
    const item = (base: number): void => {
      this.or(base, [
        { ALT: () => { const s = this.consume(base, Slash); this.ACTION(() => items.push({ kind: 'slash', tok: s })); } },
        {
          ALT: () => {
            const s = this.consume(base, DoubleStar);
            const n = this.consume(base + 1, Name);
            const a = ann(base);
            this.ACTION(() => items.push({ kind: 'dstar', tok: s, arg: mkArg(n, a, this.sp(n)) }));
          },
        },
        {
          ALT: () => {
            const s = this.consume(base, Star);
            const r = this.option(base + 1, () => {
              const n = this.consume(base + 2, Name);
              const a = ann(base + 2);
              return this.ACTION(() => mkArg(n, a, this.sp(n)));
            });
            this.ACTION(() => items.push({ kind: 'star', tok: s, arg: r ?? null }));
          },
        },
        {
          ALT: () => {
            const n = this.consume(base + 3, Name);
            const a = ann(base + 3);
            const argSpan = this.ACTION(() => this.sp(n));
            const d = this.option(base + 4, () => {
              this.consume(base, Assign);
              return this.subrule(base + 4, this.expression);
            });
            this.ACTION(() => items.push({ kind: 'plain', tok: n, arg: mkArg(n, a, argSpan), dflt: d ?? null }));
          },
        },
      ]);
    };
    item(10);
    this.MANY(() => {
      this.CONSUME(Comma);
      item(20);
    });
    this.OPTION(() => this.CONSUME2(Comma));
    return this.ACTION(() => this.buildArgs(items));
  }

  private buildArgs(items: Param[]): Arguments {
    const out = emptyArgs();
    let stage = 0; // 0 positional, 1 after '/', 2 after '*', 3 after '**'
    let sawDefault = false;
    let starTok: IToken | null = null;
    const seen = new Set<string>();
    const dup = (a: Arg, t: IToken): void => {
      if (seen.has(a.name)) throw this.errTok(`duplicate argument '${a.name}' in function definition`, t);
      seen.add(a.name);
    };
    for (const p of items) {
      if (stage === 3) throw this.errTok('arguments cannot follow var-keyword argument', p.tok);
      switch (p.kind) {
        case 'slash':
          if (stage === 2) throw this.errTok('/ must be ahead of *', p.tok);
          if (stage === 1) throw this.errTok('/ may appear only once', p.tok);
          if (out.args.length === 0) throw this.errTok('at least one argument must precede /', p.tok);
          out.posonly = out.args;
          out.args = [];
          stage = 1;
          break;
        case 'star':
          if (stage === 2) throw this.errTok('* argument may appear only once', p.tok);
          if (p.arg) dup(p.arg, p.tok);
          out.vararg = p.arg;
          starTok = p.tok;
          stage = 2;
          break;
        case 'dstar':
          dup(p.arg, p.tok);
          out.kwarg = p.arg;
          stage = 3;
          break;
        case 'plain':
          dup(p.arg, p.tok);
          if (stage === 2) {
            out.kwonly.push(p.arg);
            out.kwDefaults.push(p.dflt);
          } else {
            if (p.dflt) {
              sawDefault = true;
              out.defaults.push(p.dflt);
            } else if (sawDefault) {
              throw this.errTok('non-default argument follows default argument', p.tok);
            }
            out.args.push(p.arg);
          }
          break;
        default:
          p satisfies never;
      }
    }
    if (starTok && out.vararg === null && out.kwonly.length === 0) throw this.errTok('named arguments must follow bare *', starTok);
    return out;
  }

  // ================= expressions =================

  starExpressions = this.RULE('starExpressions', (): Expr => {
    const s0 = this.LA(1);
    const items = [this.SUBRULE(this.starExpr)];
    let comma: IToken | null = null;
    this.MANY(() => {
      comma = this.CONSUME(Comma);
      items.push(this.SUBRULE2(this.starExpr));
    });
    this.OPTION(() => {
      comma = this.CONSUME2(Comma);
    });
    return this.ACTION((): Expr => {
      const c = comma as IToken | null;
      if (c === null) return items[0];
      return { kind: 'Tuple', elts: items, span: this.sp(s0) };
    });
  });

  starExpr = this.RULE('starExpr', (): Expr =>
    this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(Star);
          const v = this.SUBRULE(this.bitwiseOr);
          return this.ACTION((): Expr => ({ kind: 'Starred', value: v, span: this.sp(s) }));
        },
      },
      { ALT: () => this.SUBRULE(this.expression) },
    ]),
  );

  starNamedExpr = this.RULE('starNamedExpr', (): Expr =>
    this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(Star);
          const v = this.SUBRULE(this.bitwiseOr);
          return this.ACTION((): Expr => ({ kind: 'Starred', value: v, span: this.sp(s) }));
        },
      },
      { ALT: () => this.SUBRULE(this.namedExpr) },
    ]),
  );

  /** star_targets: parsed at bitwise_or level so that `in` is left alone */
  targetList = this.RULE('targetList', (): Expr => {
    const s0 = this.LA(1);
    const items = [this.SUBRULE(this.starTarget)];
    let comma: IToken | null = null;
    this.MANY(() => {
      comma = this.CONSUME(Comma);
      items.push(this.SUBRULE2(this.starTarget));
    });
    this.OPTION(() => {
      comma = this.CONSUME2(Comma);
    });
    return this.ACTION((): Expr => {
      if ((comma as IToken | null) === null) return items[0];
      return { kind: 'Tuple', elts: items, span: this.sp(s0) };
    });
  });

  starTarget = this.RULE('starTarget', (): Expr =>
    this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(Star);
          const v = this.SUBRULE(this.bitwiseOr);
          return this.ACTION((): Expr => ({ kind: 'Starred', value: v, span: this.sp(s) }));
        },
      },
      { ALT: () => this.SUBRULE2(this.bitwiseOr) },
    ]),
  );

  yieldExpr = this.RULE('yieldExpr', (): Expr => {
    const t = this.CONSUME(kw.yield);
    let from: Expr | null = null;
    let value: Expr | null = null;
    this.OPTION(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(kw.from);
            from = this.SUBRULE(this.expression);
          },
        },
        { ALT: () => { value = this.SUBRULE(this.starExpressions); } },
      ]),
    );
    return this.ACTION((): Expr => {
      const f = from as Expr | null;
      const v = value as Expr | null;
      if (f) return { kind: 'YieldFrom', value: f, span: this.sp(t) };
      return { kind: 'Yield', value: v, span: this.sp(t) };
    });
  });

  namedExpr = this.RULE('namedExpr', (): Expr => {
    const s0 = this.LA(1);
    const e = this.SUBRULE(this.expression);
    const v = this.OPTION(() => {
      this.CONSUME(Walrus);
      return this.SUBRULE2(this.expression);
    });
    return this.ACTION((): Expr => {
      if (!v) return e;
      if (e.kind !== 'Name') throw this.errSpan(`cannot use assignment expressions with ${exprName(e)}`, e.span);
      return { kind: 'NamedExpr', target: e, value: v, span: this.sp(s0) };
    });
  });

  expression = this.RULE('expression', (): Expr =>
    this.OR([
      { ALT: () => this.SUBRULE(this.lambdef) },
      {
        ALT: () => {
          const s0 = this.LA(1);
          const body = this.SUBRULE(this.disjunction);
          const rest = this.OPTION(() => {
            this.CONSUME(kw.if);
            const test = this.SUBRULE2(this.disjunction);
            this.ACTION(() => {
              if (this.LA(1).tokenType !== kw.else) {
                this.raiseLexError();
                throw this.errSpan("expected 'else' after 'if' expression", join(body.span, test.span));
              }
            });
            this.CONSUME(kw.else);
            const orelse = this.SUBRULE(this.expression);
            return this.ACTION(() => ({ test, orelse }));
          });
          // `[1 as one, (2 | 3) as n]` in a case pattern: marked as a NamedExpr that toPattern reads
          const asName = this.OPTION2({
            GATE: () => this.inPattern > 0,
            DEF: () => {
              this.CONSUME(kw.as);
              return this.CONSUME(Name);
            },
          });
          return this.ACTION((): Expr => {
            const e: Expr = rest ? { kind: 'IfExp', test: rest.test, body, orelse: rest.orelse, span: this.sp(s0) } : body;
            if (!asName) return e;
            const target: Expr = { kind: 'Name', id: asName.image, span: tokSpan(asName) };
            return { kind: 'NamedExpr', target, value: e, asPattern: true, span: this.sp(s0) };
          });
        },
      },
    ]),
  );

  lambdef = this.RULE('lambdef', (): Expr => {
    const t = this.CONSUME(kw.lambda);
    const args = this.OPTION(() => this.SUBRULE(this.lambdaParams));
    this.CONSUME(Colon);
    const body = this.SUBRULE(this.expression);
    return this.ACTION((): Expr => ({ kind: 'Lambda', args: args ?? emptyArgs(), body, span: this.sp(t) }));
  });

  disjunction = this.RULE('disjunction', (): Expr => {
    const first = this.LA(1);
    const s0 = first;
    const values = [this.SUBRULE(this.conjunction)];
    this.MANY(() => {
      this.CONSUME(kw.or);
      values.push(this.SUBRULE2(this.conjunction));
    });
    return this.ACTION((): Expr => {
      const node: Expr = values.length === 1 ? values[0] : { kind: 'BoolOp', op: 'or', values, span: this.sp(s0) };
      this.lastDisj = { node, first, last: this.LA(0) };
      return node;
    });
  });

  conjunction = this.RULE('conjunction', (): Expr => {
    const s0 = this.LA(1);
    const values = [this.SUBRULE(this.inversion)];
    this.MANY(() => {
      this.CONSUME(kw.and);
      values.push(this.SUBRULE2(this.inversion));
    });
    return this.ACTION((): Expr =>
      values.length === 1 ? values[0] : { kind: 'BoolOp', op: 'and', values, span: this.sp(s0) },
    );
  });

  inversion = this.RULE('inversion', (): Expr =>
    this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(kw.not);
          const v = this.SUBRULE(this.inversion);
          return this.ACTION((): Expr => ({ kind: 'UnaryOp', op: 'not', operand: v, span: this.sp(t) }));
        },
      },
      { ALT: () => this.SUBRULE(this.comparison) },
    ]),
  );

  comparison = this.RULE('comparison', (): Expr => {
    const s0 = this.LA(1);
    const left = this.SUBRULE(this.bitwiseOr);
    const ops: CmpOperator[] = [];
    const comparators: Expr[] = [];
    this.MANY(() => {
      const op = this.OR([
        { ALT: () => this.CONSUME(CompOp).image as CmpOperator },
        { ALT: (): CmpOperator => { this.CONSUME(kw.in); return 'in'; } },
        { ALT: (): CmpOperator => { this.CONSUME(kw.not); this.CONSUME2(kw.in); return 'not in'; } },
        {
          ALT: (): CmpOperator => {
            this.CONSUME(kw.is);
            const n = this.OPTION(() => this.CONSUME2(kw.not));
            return n ? 'is not' : 'is';
          },
        },
      ]);
      const right = this.SUBRULE2(this.bitwiseOr);
      this.ACTION(() => {
        ops.push(op);
        comparators.push(right);
      });
    });
    return this.ACTION((): Expr =>
      ops.length === 0 ? left : { kind: 'Compare', left, ops, comparators, span: this.sp(s0) },
    );
  });

  private binLevel(opTok: TokenType, next: (idx: number) => Expr): Expr {
    const s0 = this.LA(1);
    let left = next(0);
    this.MANY(() => {
      const op = this.CONSUME(opTok);
      const right = next(1);
      this.ACTION(() => {
        left = { kind: 'BinOp', op: BIN[op.image], left, right, span: this.sp(s0) };
      });
    });
    return left;
  }

  bitwiseOr = this.RULE('bitwiseOr', (): Expr => this.binLevel(VBar, (i) => this.subrule(i, this.bitwiseXor)));
  bitwiseXor = this.RULE('bitwiseXor', (): Expr => this.binLevel(Caret, (i) => this.subrule(i, this.bitwiseAnd)));
  bitwiseAnd = this.RULE('bitwiseAnd', (): Expr => this.binLevel(Amper, (i) => this.subrule(i, this.shiftExpr)));
  shiftExpr = this.RULE('shiftExpr', (): Expr => this.binLevel(ShiftOp, (i) => this.subrule(i, this.sum)));
  sum = this.RULE('sum', (): Expr => this.binLevel(AddOp, (i) => this.subrule(i, this.term)));
  term = this.RULE('term', (): Expr => this.binLevel(MulOp, (i) => this.subrule(i, this.factor)));

  factor = this.RULE('factor', (): Expr =>
    this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(UnaryOp);
          const v = this.SUBRULE(this.factor);
          return this.ACTION((): Expr => ({ kind: 'UnaryOp', op: t.image as UnaryOperator, operand: v, span: this.sp(t) }));
        },
      },
      { ALT: () => this.SUBRULE(this.power) },
    ]),
  );

  power = this.RULE('power', (): Expr => {
    const s0 = this.LA(1);
    const base = this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(kw.await);
          const v = this.SUBRULE(this.primary);
          return this.ACTION((): Expr => ({ kind: 'Await', value: v, span: this.sp(t) }));
        },
      },
      { ALT: () => this.SUBRULE2(this.primary) },
    ]);
    const exp = this.OPTION(() => {
      this.CONSUME(DoubleStar);
      return this.SUBRULE(this.factor);
    });
    return this.ACTION((): Expr => (exp ? { kind: 'BinOp', op: '**', left: base, right: exp, span: this.sp(s0) } : base));
  });

  primary = this.RULE('primary', (): Expr => {
    const s0 = this.LA(1);
    let e = this.SUBRULE(this.atom);
    this.MANY(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(Dot);
            const n = this.CONSUME(Name);
            this.ACTION(() => {
              e = { kind: 'Attribute', value: e, attr: n.image, span: this.sp(s0) };
            });
          },
        },
        {
          ALT: () => {
            const lp = this.CONSUME(LPar);
            this.ACTION(() => this.inCallArgs++);
            const a = this.OPTION(() => this.SUBRULE(this.args));
            const r = this.CONSUME(RPar);
            this.ACTION(() => {
              this.inCallArgs--;
              const c: CallArgs = a ?? { args: [], keywords: [] };
              // an unparenthesized generator expression as sole argument owns the call's parentheses
              if (c.bareGen) c.args[0] = { ...c.args[0], span: fromTok(lp, tokSpan(r)) };
              e = { kind: 'Call', func: e, args: c.args, keywords: c.keywords, span: this.sp(s0) };
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(LSqb);
            const index = this.SUBRULE(this.slices);
            this.CONSUME(RSqb);
            this.ACTION(() => {
              e = { kind: 'Subscript', value: e, index, span: this.sp(s0) };
            });
          },
        },
      ]),
    );
    return e;
  });

  slices = this.RULE('slices', (): Expr => {
    const s0 = this.LA(1);
    const items = [this.SUBRULE(this.slice)];
    let comma = false;
    this.MANY(() => {
      this.CONSUME(Comma);
      comma = true;
      items.push(this.SUBRULE2(this.slice));
    });
    this.OPTION(() => {
      this.CONSUME2(Comma);
      comma = true;
    });
    return this.ACTION((): Expr =>
      comma ? { kind: 'Tuple', elts: items, span: this.sp(s0) } : items[0],
    );
  });

  slice = this.RULE('slice', (): Expr =>
    this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(Star);
          const v = this.SUBRULE(this.bitwiseOr);
          return this.ACTION((): Expr => ({ kind: 'Starred', value: v, span: this.sp(s) }));
        },
      },
      {
        ALT: () => {
          const s0 = this.LA(1);
          const lower = this.SUBRULE(this.namedExpr);
          const rest = this.OPTION(() => this.SUBRULE(this.sliceRest));
          return this.ACTION((): Expr => {
            if (!rest) return lower;
            return { kind: 'Slice', lower, upper: rest.upper, step: rest.step, span: this.sp(s0) };
          });
        },
      },
      {
        ALT: () => {
          const rest = this.SUBRULE2(this.sliceRest);
          return this.ACTION((): Expr => ({ kind: 'Slice', lower: null, upper: rest.upper, step: rest.step, span: rest.span }));
        },
      },
    ]),
  );

  sliceRest = this.RULE('sliceRest', (): { upper: Expr | null; step: Expr | null; span: Span } => {
    const c1 = this.CONSUME(Colon);
    const upper = this.OPTION(() => this.SUBRULE(this.expression));
    let step: Expr | null = null;
    this.OPTION2(() => {
      this.CONSUME2(Colon);
      const s = this.OPTION3(() => this.SUBRULE2(this.expression));
      this.ACTION(() => {
        step = s ?? null;
      });
    });
    return this.ACTION(() => ({ upper: upper ?? null, step, span: this.sp(c1) }));
  });

  args = this.RULE('args', (): CallArgs => {
    const items = [this.SUBRULE(this.arg)];
    let comma = false;
    this.MANY(() => {
      this.CONSUME(Comma);
      items.push(this.SUBRULE2(this.arg));
    });
    this.OPTION(() => {
      this.CONSUME2(Comma);
      comma = true;
    });
    return this.ACTION(() => this.buildCallArgs(items, comma));
  });

  private buildCallArgs(items: CallArg[], trailingComma: boolean): CallArgs {
    const out: CallArgs = { args: [], keywords: [] };
    // CPython only diagnoses argument order once the argument list parsed completely
    const complete = this.LA(1).tokenType === RPar;
    let sawKw = false;
    let sawDstar = false;
    for (const it of items) {
      if (it.kind === 'gen') {
        if (complete && (items.length > 1 || trailingComma)) throw this.errSpan('Generator expression must be parenthesized', it.value.span);
        out.args.push(it.value);
        out.bareGen = true;
      } else if (it.kind === 'pos') {
        if (!complete) {
          // leave the error to the parser
        } else if (it.star) {
          if (sawDstar) throw this.errTok('iterable argument unpacking follows keyword argument unpacking', it.star);
        } else if (sawDstar) {
          throw this.errTok('positional argument follows keyword argument unpacking', this.LA(1));
        } else if (sawKw) {
          throw this.errTok('positional argument follows keyword argument', this.LA(1));
        }
        out.args.push(it.value);
      } else {
        if (it.dstar) sawDstar = true;
        else sawKw = true;
        out.keywords.push(it.kw);
      }
    }
    return out;
  }

  arg = this.RULE('arg', (): CallArg =>
    this.OR([
      {
        ALT: () => {
          const n = this.CONSUME(Name);
          this.CONSUME(Assign);
          const v = this.SUBRULE(this.expression);
          return this.ACTION((): CallArg => ({ kind: 'kw', dstar: false, kw: { arg: n.image, value: v, span: this.sp(n) } }));
        },
      },
      {
        ALT: () => {
          const s = this.CONSUME(Star);
          const v = this.SUBRULE2(this.expression);
          return this.ACTION((): CallArg => ({ kind: 'pos', star: s, value: { kind: 'Starred', value: v, span: this.sp(s) } }));
        },
      },
      {
        ALT: () => {
          const s = this.CONSUME(DoubleStar);
          const v = this.SUBRULE3(this.expression);
          return this.ACTION((): CallArg => ({ kind: 'kw', dstar: true, kw: { arg: null, value: v, span: this.sp(s) } }));
        },
      },
      {
        ALT: () => {
          const s0 = this.LA(1);
          const v = this.SUBRULE(this.namedExpr);
          const gens = this.OPTION(() => this.SUBRULE(this.compFor));
          return this.ACTION((): CallArg => {
            if (!gens) return { kind: 'pos', star: null, value: v };
            return { kind: 'gen', value: { kind: 'GeneratorExp', elt: v, generators: gens, span: this.sp(s0) } };
          });
        },
      },
    ]),
  );

  compFor = this.RULE('compFor', (): Comprehension[] => {
    const gens: Comprehension[] = [];
    this.AT_LEAST_ONE(() => {
      const a = this.OPTION(() => this.CONSUME(kw.async));
      this.CONSUME(kw.for);
      const target = this.SUBRULE(this.targetList);
      this.ACTION(() => this.checkTarget(target, 'store'));
      this.CONSUME(kw.in);
      const iter = this.SUBRULE(this.disjunction);
      const ifs: Expr[] = [];
      this.MANY(() => {
        this.CONSUME(kw.if);
        ifs.push(this.SUBRULE2(this.disjunction));
      });
      this.ACTION(() => gens.push({ target, iter, ifs, isAsync: a !== undefined }));
    });
    return gens;
  });

  atom = this.RULE('atom', (): Expr =>
    this.OR([
      { ALT: () => { const t = this.CONSUME(Name); return this.ACTION((): Expr => ({ kind: 'Name', id: t.image, span: tokSpan(t) })); } },
      { ALT: () => { const t = this.CONSUME(kw.True); return this.ACTION((): Expr => ({ kind: 'Constant', value: true, span: tokSpan(t) })); } },
      { ALT: () => { const t = this.CONSUME(kw.False); return this.ACTION((): Expr => ({ kind: 'Constant', value: false, span: tokSpan(t) })); } },
      { ALT: () => { const t = this.CONSUME(kw.None); return this.ACTION((): Expr => ({ kind: 'Constant', value: null, span: tokSpan(t) })); } },
      { ALT: () => { const t = this.CONSUME(Ellipsis); return this.ACTION((): Expr => ({ kind: 'Constant', value: { ellipsis: true }, span: tokSpan(t) })); } },
      { ALT: () => { const t = this.CONSUME(Int); return this.ACTION((): Expr => ({ kind: 'Constant', value: { int: t.payload as bigint }, span: tokSpan(t) })); } },
      { ALT: () => { const t = this.CONSUME(Float); return this.ACTION((): Expr => ({ kind: 'Constant', value: { float: t.payload as number }, span: tokSpan(t) })); } },
      { ALT: () => { const t = this.CONSUME(Imag); return this.ACTION((): Expr => ({ kind: 'Constant', value: { imag: t.payload as number }, span: tokSpan(t) })); } },
      { ALT: () => this.SUBRULE(this.strings) },
      { ALT: () => this.SUBRULE(this.parenAtom) },
      { ALT: () => this.SUBRULE(this.listAtom) },
      { ALT: () => this.SUBRULE(this.braceAtom) },
    ]),
  );

  strings = this.RULE('strings', (): Expr => {
    const toks: IToken[] = [];
    this.AT_LEAST_ONE(() => toks.push(this.CONSUME(Str)));
    return this.ACTION(() => this.buildStrings(toks));
  });

  private buildStrings(toks: IToken[]): Expr {
    const span = fromTok(toks[0], tokSpan(toks[toks.length - 1]));
    let bytes = 0;
    let fstr = false;
    for (const t of toks) {
      const p = strPayload(t);
      const e = p.error ?? p.ferror;
      if (e) throw p.errorAtNext ? this.relocate(e, this.LA(1)) : e;
      if (p.bytes) bytes++;
      if (p.fstr) fstr = true;
    }
    if (bytes > 0 && bytes < toks.length) throw this.errTok('cannot mix bytes and nonbytes literals', this.LA(1));
    if (bytes) {
      const out: number[] = [];
      for (const t of toks) out.push(...(strPayload(t).value as number[]));
      return { kind: 'Constant', value: { bytes: out }, span };
    }
    if (!fstr) {
      let s = '';
      for (const t of toks) s += strPayload(t).value as string;
      return { kind: 'Constant', value: s, span };
    }
    const parts: FStringPart[] = [];
    const addText = (v: string): void => {
      if (v === '') return;
      const last = parts[parts.length - 1];
      if (last && last.kind === 'Text') parts[parts.length - 1] = { kind: 'Text', value: last.value + v };
      else parts.push({ kind: 'Text', value: v });
    };
    for (const t of toks) {
      const p = strPayload(t);
      if (!p.fstr) addText(p.value as string);
      else for (const part of p.fparts ?? []) part.kind === 'Text' ? addText(part.value) : parts.push(part);
    }
    return { kind: 'JoinedStr', parts, span };
  }

  parenAtom = this.RULE('parenAtom', (): Expr => {
    const l = this.CONSUME(LPar);
    let inner: Expr | null = null;
    const items: Expr[] = [];
    let comma = false;
    let gens: Comprehension[] | undefined;
    this.OPTION(() =>
      this.OR([
        { ALT: () => { inner = this.SUBRULE(this.yieldExpr); } },
        {
          ALT: () => {
            items.push(this.SUBRULE(this.starNamedExpr));
            gens = this.OPTION2(() => this.SUBRULE(this.compFor));
            this.MANY(() => {
              this.CONSUME(Comma);
              comma = true;
              items.push(this.SUBRULE2(this.starNamedExpr));
            });
            this.OPTION3(() => {
              this.CONSUME2(Comma);
              comma = true;
            });
          },
        },
      ]),
    );
    const r = this.CONSUME(RPar);
    return this.ACTION((): Expr => {
      const span = fromTok(l, tokSpan(r));
      const inn = inner as Expr | null;
      if (inn) return inn;
      if (gens) {
        if (comma) throw this.errSpan('Generator expression must be parenthesized', items[0].span);
        return { kind: 'GeneratorExp', elt: items[0], generators: gens, span };
      }
      if (items.length === 1 && !comma) {
        if (items[0].kind === 'Starred') throw this.errSpan("can't use starred expression here", items[0].span);
        return items[0];
      }
      return { kind: 'Tuple', elts: items, span };
    });
  });

  listAtom = this.RULE('listAtom', (): Expr => {
    const l = this.CONSUME(LSqb);
    const items: Expr[] = [];
    let comma = false;
    let gens: Comprehension[] | undefined;
    this.OPTION(() => {
      items.push(this.SUBRULE(this.starNamedExpr));
      gens = this.OPTION2(() => this.SUBRULE(this.compFor));
      this.MANY(() => {
        this.CONSUME(Comma);
        comma = true;
        items.push(this.SUBRULE2(this.starNamedExpr));
      });
      this.OPTION3(() => {
        this.CONSUME2(Comma);
        comma = true;
      });
    });
    const r = this.CONSUME(RSqb);
    return this.ACTION((): Expr => {
      const span = fromTok(l, tokSpan(r));
      if (gens) {
        if (comma) throw this.errTok('invalid syntax', r);
        return { kind: 'ListComp', elt: items[0], generators: gens, span };
      }
      return { kind: 'List', elts: items, span };
    });
  });

  braceAtom = this.RULE('braceAtom', (): Expr => {
    const l = this.CONSUME(LBrace);
    const items: DictOrSetItem[] = [];
    let gens: Comprehension[] | undefined;
    let comma = false;
    this.OPTION(() => {
      items.push(this.SUBRULE(this.dictOrSetItem));
      gens = this.OPTION2(() => this.SUBRULE(this.compFor));
      this.MANY(() => {
        this.CONSUME(Comma);
        comma = true;
        items.push(this.SUBRULE2(this.dictOrSetItem));
      });
      this.OPTION3(() => {
        this.CONSUME2(Comma);
        comma = true;
      });
    });
    const r = this.CONSUME(RBrace);
    return this.ACTION((): Expr => {
      const span = fromTok(l, tokSpan(r));
      if (items.length === 0) return { kind: 'Dict', keys: [], values: [], span };
      const first = items[0];
      const isDict = first.kind === 'dstar' || first.value !== null;
      if (gens) {
        if (comma) throw this.errTok('invalid syntax', r);
        if (first.kind === 'dstar') throw this.errSpan('dict unpacking cannot be used in dict comprehension', first.value.span);
        if (first.value !== null) return { kind: 'DictComp', key: first.key, value: first.value, generators: gens, span };
        return { kind: 'SetComp', elt: first.key, generators: gens, span };
      }
      if (isDict) {
        const keys: (Expr | null)[] = [];
        const values: Expr[] = [];
        for (const it of items) {
          if (it.kind === 'dstar') {
            keys.push(null);
            values.push(it.value);
          } else {
            if (it.value === null) {
              const e = this.errSpan("':' expected after dictionary key", it.key.span);
              e.col = it.key.span.endCol;
              e.endCol = 0;
              throw e;
            }
            keys.push(it.key);
            values.push(it.value);
          }
        }
        return { kind: 'Dict', keys, values, span };
      }
      const elts: Expr[] = [];
      for (const it of items) {
        if (it.kind === 'dstar' || it.value !== null) throw this.errTok('invalid syntax', it.kind === 'dstar' ? it.tok : (it.colon ?? r));
        elts.push(it.key);
      }
      return { kind: 'Set', elts, span };
    });
  });

  dictOrSetItem = this.RULE('dictOrSetItem', (): DictOrSetItem =>
    this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(DoubleStar);
          const v = this.SUBRULE(this.bitwiseOr);
          return this.ACTION((): DictOrSetItem => ({ kind: 'dstar', value: v, tok: t }));
        },
      },
      {
        ALT: () => {
          const key = this.SUBRULE(this.starNamedExpr);
          let colon: IToken | null = null;
          const value = this.OPTION(() => {
            colon = this.CONSUME(Colon);
            this.ACTION(() => {
              const n = this.LA(1).tokenType;
              if (n === Comma || n === RBrace) throw this.errTok("expression expected after dictionary key and ':'", colon as unknown as IToken);
            });
            return this.SUBRULE(this.expression);
          });
          return this.ACTION((): DictOrSetItem => ({ kind: 'elt', key, value: value ?? null, colon }));
        },
      },
    ]),
  );
}

// ---- helpers ----

export function emptyArgs(): Arguments {
  return { posonly: [], args: [], vararg: null, kwonly: [], kwDefaults: [], kwarg: null, defaults: [] };
}

function mkArg(n: IToken, annotation: Expr | null, span: Span): Arg {
  return { name: n.image, annotation, span };
}

/** could this node have been produced by CPython's `bitwise_or` rule? */
function isBitwiseLevel(e: Expr): boolean {
  switch (e.kind) {
    case 'Compare':
    case 'BoolOp':
    case 'IfExp':
    case 'Lambda':
    case 'NamedExpr':
    case 'Starred':
    case 'Yield':
    case 'YieldFrom':
    case 'Slice':
      return false;
    case 'UnaryOp':
      return e.op !== 'not';
    default:
      return true;
  }
}

/** CPython only says "... here. Maybe you meant '=='" if the `=` is not followed by `bitwise_or ('='|':=')` */
function segAllowsHere(seg: Expr, isLastSeg: boolean): boolean {
  if (!isBitwiseLevel(seg)) {
    const first = seg.kind === 'Compare' ? seg.left : seg.kind === 'BoolOp' ? seg.values[0] : seg.kind === 'IfExp' ? seg.body : null;
    return first !== null && isBitwiseLevel(first);
  }
  if (seg.kind === 'Tuple') return seg.elts.length > 0 && isBitwiseLevel(seg.elts[0]);
  return isLastSeg;
}

// ---- build-time grammar cache (construction only) ----
//
// `exportGrammarCache` (run by scripts/build.mjs, which bundles the result in as `__NDPY_GRAMMAR_CACHE__`)
// builds a parser the normal way, watching which lookahead functions Chevrotain asks for, and saves the
// recorded grammar (GAST) plus every lookahead's token paths. `loadGrammarCache` turns that back into GAST
// nodes and paths; `CachedLookahead` builds the same lookahead functions Chevrotain would (mirroring
// chevrotain/lib/src/parse/grammar/lookahead.js) and falls back to Chevrotain's own analysis for anything
// the cache lacks. A cache from another Chevrotain version, or naming unknown tokens, is ignored.

const MAX_LOOKAHEAD = 2;
const CACHE_FORMAT = 1;

/** a GAST node: [class, own properties (token types as {$tok: name}), children] */
type GastJson = [string, Record<string, unknown>, GastJson[] | null];

export interface GrammarCache {
  format: number;
  chevrotain: string;
  rules: GastJson[];
  /** `rule/kind/occurrence/maxLookahead` → token-name paths (alternation: one list per alternative) */
  lookahead: Record<string, string[][][]>;
}

const GAST_CLASSES: Record<string, new (o: any) => any> = {
  Rule, NonTerminal, Alternative, Option, RepetitionMandatory, RepetitionMandatoryWithSeparator, Repetition,
  RepetitionWithSeparator, Alternation, Terminal,
};

const laKey = (rule: string, kind: LookaheadProductionType, occurrence: number, k: number): string =>
  `${rule}/${kind}/${occurrence}/${k}`;

function tokenTypesByName(): Map<string, TokenType> {
  const m = new Map<string, TokenType>([[EOF.name, EOF]]);
  for (const t of ALL_TOKENS) m.set(t.name, t);
  return m;
}

/** Record the grammar and its lookahead paths (build time; see scripts/build.mjs). */
export function exportGrammarCache(): GrammarCache {
  const wanted: { kind: LookaheadProductionType; occurrence: number; k: number; rule: Rule }[] = [];
  class Watch extends LLkLookaheadStrategy {
    override buildLookaheadForAlternation(o: Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0]) {
      wanted.push({ kind: 'Alternation', occurrence: o.prodOccurrence, k: o.maxLookahead, rule: o.rule });
      return super.buildLookaheadForAlternation(o);
    }
    override buildLookaheadForOptional(o: Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0]) {
      wanted.push({ kind: o.prodType, occurrence: o.prodOccurrence, k: o.maxLookahead, rule: o.rule });
      return super.buildLookaheadForOptional(o);
    }
  }
  const parser = new PyParser(false, null, new Watch({ maxLookahead: MAX_LOOKAHEAD }));
  const known = tokenTypesByName();
  const tokName = (t: TokenType): string => {
    if (known.get(t.name) !== t) throw new Error(`grammar cache: token type ${t.name} is not in ALL_TOKENS`);
    return t.name;
  };
  const gastJson = (node: any): GastJson => {
    const cls = Object.keys(GAST_CLASSES).find((c) => node.constructor === GAST_CLASSES[c]);
    if (!cls) throw new Error('grammar cache: unknown GAST node');
    const props: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(node)) {
      if (key === '_definition' || key === 'referencedRule' || v === undefined) continue;
      props[key] = v && typeof v === 'object' && 'tokenTypeIdx' in v ? { $tok: tokName(v as TokenType) } : v;
    }
    return [cls, props, Array.isArray(node._definition) ? node._definition.map(gastJson) : null];
  };
  const lookahead: Record<string, string[][][]> = {};
  for (const w of wanted) {
    const paths = getLookaheadPaths({ occurrence: w.occurrence, rule: w.rule, prodType: w.kind, maxLookahead: w.k });
    // an optional production's function only looks at the paths into it (Chevrotain's lookAheadPaths[0])
    const used = w.kind === 'Alternation' ? paths : [paths[0]];
    lookahead[laKey(w.rule.name, w.kind, w.occurrence, w.k)] = used.map((alt) => alt.map((path) => path.map(tokName)));
  }
  const rules = Object.values(parser.getGAstProductions()).map(gastJson);
  const cache: GrammarCache = { format: CACHE_FORMAT, chevrotain: VERSION, rules, lookahead };
  // a parser built from the cache must take it whole and end up with the same grammar
  const copy = new PyParser(false, JSON.parse(JSON.stringify(cache)) as GrammarCache);
  const strategy = (copy as unknown as { lookaheadStrategy: unknown }).lookaheadStrategy;
  if (!copy.fromCache || !(strategy instanceof CachedLookahead) || strategy.misses > 0) {
    throw new Error('grammar cache: a parser built from it does not use all of it');
  }
  if (JSON.stringify(copy.getSerializedGastProductions()) !== JSON.stringify(parser.getSerializedGastProductions())) {
    throw new Error('grammar cache: a parser built from it has another grammar');
  }
  return cache;
}

interface LoadedGrammar {
  rules: Map<string, Rule>;
  lookahead: Record<string, string[][][]>;
  tokens: Map<string, TokenType>;
}

function loadGrammarCache(cache: GrammarCache): LoadedGrammar | null {
  if (cache.format !== CACHE_FORMAT || cache.chevrotain !== VERSION) return null;
  // the recording hooks this relies on must exist (they are Chevrotain internals)
  const proto = EmbeddedActionsParser.prototype as any;
  if (typeof proto.topLevelRuleRecord !== 'function' || typeof proto.enableRecording !== 'function' || typeof proto.disableRecording !== 'function') return null;
  const tokens = tokenTypesByName();
  const tok = (name: string): TokenType => {
    const t = tokens.get(name);
    if (!t) throw new Error(name);
    return t;
  };
  // The saved properties are all of a recorded node's own properties (children: `_definition`), so a node
  // is rebuilt without its constructor, which only sets defaults and copies options, but slowly (~2k nodes).
  const node = ([cls, props, children]: GastJson): any => {
    const o = Object.create(GAST_CLASSES[cls].prototype);
    for (const key in props) {
      const v = props[key] as any;
      o[key] = v && typeof v === 'object' && typeof v.$tok === 'string' ? tok(v.$tok) : v;
    }
    if (children) o._definition = children.map(node);
    return o;
  };
  try {
    const rules = new Map<string, Rule>();
    for (const r of cache.rules) {
      const rule = node(r) as Rule;
      rules.set(rule.name, rule);
    }
    return { rules, lookahead: cache.lookahead, tokens };
  } catch {
    return null;
  }
}

/** does token `t` match token type `tt` (directly or through a category)? */
const matches = (t: IToken, tt: TokenType): boolean =>
  t.tokenTypeIdx === tt.tokenTypeIdx || (tt.isParent === true && tt.categoryMatchesMap![t.tokenTypeIdx!] === true);

type AltLookahead = (this: PyParser, orAlts?: IOrAlt<unknown>[]) => number | undefined;
type OptLookahead = (this: PyParser) => boolean;

/**
 * LL(k) lookahead from cached paths: the same functions as Chevrotain's LLkLookaheadStrategy builds.
 * Anything the cache lacks, or naming unknown tokens, falls back to Chevrotain's own analysis of the
 * (cached) grammar.
 */
class CachedLookahead extends LLkLookaheadStrategy {
  /** lookahead functions Chevrotain had to work out (not in the cache) */
  misses = 0;

  constructor(private readonly cache: LoadedGrammar) {
    super({ maxLookahead: MAX_LOOKAHEAD });
  }

  private paths(rule: string, kind: LookaheadProductionType, occurrence: number, k: number): TokenType[][][] | null {
    const named = this.cache.lookahead[laKey(rule, kind, occurrence, k)];
    if (!named) return null;
    const tokens = this.cache.tokens;
    const out: TokenType[][][] = [];
    for (const alt of named) {
      const a: TokenType[][] = [];
      for (const path of alt) {
        const p: TokenType[] = [];
        for (const name of path) {
          const t = tokens.get(name);
          if (!t) return null;
          p.push(t);
        }
        a.push(p);
      }
      out.push(a);
    }
    return out;
  }

  override buildLookaheadForAlternation(o: Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0]) {
    const alts = o.dynamicTokensEnabled ? null : this.paths(o.rule.name, 'Alternation', o.prodOccurrence, o.maxLookahead);
    if (alts) return alternationLookahead(alts, o.hasPredicates);
    this.misses++;
    return super.buildLookaheadForAlternation(o);
  }

  override buildLookaheadForOptional(o: Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0]) {
    const found = o.dynamicTokensEnabled ? null : this.paths(o.rule.name, o.prodType, o.prodOccurrence, o.maxLookahead);
    if (found) return optionalLookahead(found[0]);
    this.misses++;
    return super.buildLookaheadForOptional(o);
  }
}

/** which alternative to take (mirrors Chevrotain's buildAlternativesLookAheadFunc) */
function alternationLookahead(alts: TokenType[][][], hasPredicates: boolean): AltLookahead {
  const n = alts.length;
  if (hasPredicates) {
    return function (orAlts) {
      for (let t = 0; t < n; t++) {
        const gate = (orAlts![t] as { GATE?: () => boolean }).GATE;
        if (gate !== undefined && gate.call(this) === false) continue;
        if (anyPathMatches.call(this, alts[t])) return t;
      }
      return undefined;
    };
  }
  if (alts.every((alt) => alt.every((path) => path.length === 1))) {
    // every decision is made on the next token: a table from token type index to alternative
    const choice: Record<number, number> = {};
    alts.forEach((alt, i) => {
      for (const [tt] of alt) {
        if (!(tt.tokenTypeIdx! in choice)) choice[tt.tokenTypeIdx!] = i;
        for (const sub of tt.categoryMatches!) if (!Object.hasOwn(choice, sub)) choice[sub] = i;
      }
    });
    return function () {
      return choice[this.LA(1).tokenTypeIdx!];
    };
  }
  const table = twoTokenTable(alts);
  if (table !== null) {
    return function () {
      const cands = table[this.LA(1).tokenTypeIdx!];
      if (cands === undefined) return undefined;
      for (const c of cands) if (c.second === null || c.second[this.LA(2).tokenTypeIdx!] === true) return c.alt;
      return undefined;
    };
  }
  return function () {
    for (let t = 0; t < n; t++) if (anyPathMatches.call(this, alts[t])) return t;
    return undefined;
  };
}

/** the token type indices a token type matches: its own and, for a category, its members' */
function tokenIndices(tt: TokenType): number[] {
  return [tt.tokenTypeIdx!, ...tt.categoryMatches!];
}

/**
 * A decision on paths of one or two tokens as a table: for the next token's type, the alternatives that
 * have a path starting with it, in order, each with the types its second token may have (null: any, as a
 * one-token path matched). Taking the first candidate whose second token fits is what scanning every path
 * of every alternative in order decides (that scan ran ~40 paths for each call argument). Null for paths
 * of other lengths.
 */
type Candidate = { alt: number; second: boolean[] | null };
function twoTokenTable(alts: TokenType[][][]): Candidate[][] | null {
  if (!alts.every((alt) => alt.every((path) => path.length === 1 || path.length === 2))) return null;
  const table: Candidate[][] = [];
  alts.forEach((alt, i) => {
    const mine = new Map<number, Candidate>();
    for (const path of alt) {
      for (const first of tokenIndices(path[0])) {
        let c = mine.get(first);
        if (c === undefined) {
          mine.set(first, (c = { alt: i, second: [] }));
          (table[first] ??= []).push(c);
        }
        if (c.second === null) continue;
        if (path.length === 1) c.second = null;
        else for (const second of tokenIndices(path[1])) c.second[second] = true;
      }
    }
  });
  return table;
}

/** whether to enter an optional/repeated production (mirrors Chevrotain's buildSingleAlternativeLookaheadFunction) */
function optionalLookahead(alt: TokenType[][]): OptLookahead {
  if (alt.every((path) => path.length === 1)) {
    const first = alt.map((path) => path[0]);
    if (first.length === 1 && first[0].categoryMatches!.length === 0) {
      const idx = first[0].tokenTypeIdx!;
      return function () {
        return this.LA(1).tokenTypeIdx === idx;
      };
    }
    const ok: boolean[] = [];
    for (const tt of first) {
      ok[tt.tokenTypeIdx!] = true;
      for (const sub of tt.categoryMatches!) ok[sub] = true;
    }
    return function () {
      return ok[this.LA(1).tokenTypeIdx!] === true;
    };
  }
  const table = twoTokenTable([alt]);
  if (table !== null) {
    return function () {
      const c = table[this.LA(1).tokenTypeIdx!];
      return c !== undefined && (c[0].second === null || c[0].second[this.LA(2).tokenTypeIdx!] === true);
    };
  }
  return function () {
    return anyPathMatches.call(this, alt);
  };
}

function anyPathMatches(this: PyParser, paths: TokenType[][]): boolean {
  next: for (const path of paths) {
    for (let i = 0; i < path.length; i++) if (!matches(this.LA(i + 1), path[i])) continue next;
    return true;
  }
  return false;
}
