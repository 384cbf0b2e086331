/**
 * `for line in text.split("\n")` and `for w in text.split()`: when the receiver is a str, the loop takes
 * the pieces one at a time from the text instead of a list of all of them made first. Nothing else can
 * see that list, and the text cannot change, so the loop gets the same pieces in the same order; but a
 * list of 250k lines outlived several young-generation collections of V8's and was copied by each (a
 * third of a text-parsing loop's time went to the collector), while a piece taken as needed dies young.
 * Anything else (another receiver, an empty or non-str separator, maxsplit) calls `split` as usual.
 */
import { PyIter } from '../objects/iterators';
import { callMethod } from '../objects/attrs';
import { isPySpace } from '../objects/numParse';

/** the pieces of `s` between occurrences of the non-empty `sep`, as str.split(sep) gives them */
class SepSplit extends PyIter {
  private at = 0;
  constructor(private readonly s: string, private readonly sep: string) {
    super();
  }
  next(): any {
    const i = this.at;
    if (i < 0) return undefined;
    const j = this.s.indexOf(this.sep, i);
    if (j < 0) {
      this.at = -1;
      return this.s.slice(i);
    }
    this.at = j + this.sep.length;
    return this.s.slice(i, j);
  }
}

/** the runs of non-whitespace of `s`, as str.split() gives them */
class SpaceSplit extends PyIter {
  private at = 0;
  constructor(private readonly s: string) {
    super();
  }
  next(): any {
    const s = this.s;
    const n = s.length;
    let i = this.at;
    while (i < n && isPySpace(s.charCodeAt(i))) i++;
    if (i >= n) {
      this.at = n;
      return undefined;
    }
    let j = i + 1;
    while (j < n && !isPySpace(s.charCodeAt(j))) j++;
    this.at = j;
    return s.slice(i, j);
  }
}

/** what `for x in s.split(*args)` iterates (args: none, or the separator) */
function splitLoop(s: any, ...args: any[]): any {
  if (typeof s === 'string') {
    if (args.length === 0 || args[0] === null) return new SpaceSplit(s);
    const sep = args[0];
    if (args.length === 1 && typeof sep === 'string' && sep !== '') return new SepSplit(s, sep);
  }
  return callMethod(s, 'split', args);
}

export const lazySplitHelpers = { $splitLoop: splitLoop };
