/**
 * numpy.lib.NumpyVersion: a NumPy version string ("1.22.0", "2.0.0rc1", "1.25.0.dev0+…") that compares
 * with others and with plain strings. Ordering: the numeric major.minor.bugfix first, then the
 * pre-release tag ('final' when nothing follows the numbers, 'aN' / 'bN' / 'rcN' when such a tag
 * follows, '' for anything else; 'final' is highest, the rest compare as strings), then development
 * versions below the others.
 */
import { builtinType, ObjectType } from '../../objects/pytype';
import { defineMethods } from '../../objects/types/define';
import { defGetters } from '../../objects/descriptors';
import { throwPy } from '../../objects/errors';
import { kwArgs } from './ufuncs';

export const NumpyVersionType = builtinType('NumpyVersion', ObjectType, 'numpy.lib');

class NumpyVersion {
  declare cls: typeof NumpyVersionType;
  readonly version: string;
  readonly parts: number[];
  readonly preRelease: string;
  readonly isDev: boolean;
  constructor(readonly vstring: string) {
    const m = /^\d+\.\d+\.\d+/.exec(vstring);
    if (!m) throwPy('ValueError', 'Not a valid numpy version string');
    this.version = m[0];
    this.parts = m[0].split('.').map(Number);
    const rest = vstring.slice(m[0].length);
    this.preRelease = rest === '' ? 'final' : (/^(a\d|b\d|rc\d)/.exec(rest)?.[0] ?? '');
    this.isDev = /.dev/.test(vstring);
  }
}
NumpyVersion.prototype.cls = NumpyVersionType;

function compare(a: NumpyVersion, otherArg: any): number {
  const b = typeof otherArg === 'string' ? new NumpyVersion(otherArg) : otherArg;
  if (!(b instanceof NumpyVersion)) throwPy('ValueError', 'Invalid object to compare with NumpyVersion.');
  for (let i = 0; i < 3; i++) if (a.parts[i] !== b.parts[i]) return a.parts[i] < b.parts[i] ? -1 : 1;
  if (a.preRelease !== b.preRelease) {
    if (a.preRelease === 'final') return 1;
    if (b.preRelease === 'final') return -1;
    return a.preRelease < b.preRelease ? -1 : 1;
  }
  return a.isDev === b.isDev ? 0 : a.isDev ? -1 : 1;
}

export function installNumpyVersion(): typeof NumpyVersionType {
  if (NumpyVersionType.newInstance) return NumpyVersionType;
  NumpyVersionType.newInstance = (_cls, args, kw) => {
    const p = kwArgs(args, kw, ['vstring']);
    if (typeof p.vstring !== 'string') throwPy('TypeError', 'expected string or bytes-like object');
    return new NumpyVersion(p.vstring);
  };
  defGetters(NumpyVersionType, {
    vstring: (v: NumpyVersion) => v.vstring,
    version: (v: NumpyVersion) => v.version,
    major: (v: NumpyVersion) => v.parts[0],
    minor: (v: NumpyVersion) => v.parts[1],
    bugfix: (v: NumpyVersion) => v.parts[2],
    pre_release: (v: NumpyVersion) => v.preRelease,
    is_devversion: (v: NumpyVersion) => v.isDev,
  });
  defineMethods(NumpyVersionType, {
    __repr__: (v: NumpyVersion) => `NumpyVersion(${v.vstring})`,
    __lt__: (v: NumpyVersion, [o]) => compare(v, o) < 0,
    __le__: (v: NumpyVersion, [o]) => compare(v, o) <= 0,
    __eq__: (v: NumpyVersion, [o]) => compare(v, o) === 0,
    __ne__: (v: NumpyVersion, [o]) => compare(v, o) !== 0,
    __gt__: (v: NumpyVersion, [o]) => compare(v, o) > 0,
    __ge__: (v: NumpyVersion, [o]) => compare(v, o) >= 0,
  });
  NumpyVersionType.dict.__hash__ = null;
  return NumpyVersionType;
}
