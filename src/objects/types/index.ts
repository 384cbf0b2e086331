/**
 * Installs the methods and constructors of the builtin types (str, list, tuple, range, slice, dict, set,
 * frozenset, int, bool, float, complex, bytes, bytearray, memoryview) on their PyType objects.
 * Idempotent: the first call does the work, later calls return at once. src/interp/setup.ts calls it once at interpreter start.
 */
import { installStr } from './str';
import { installList } from './list';
import { installTuple } from './tuple';
import { installRange } from './range';
import { installDict } from './dict';
import { installSet } from './set';
import { installNumbers } from './number';
import { installBytes } from './bytes';
import { installMemoryView } from './memoryview';
import { installDescriptorMethods } from './descriptor';

let installed = false;

export function installBuiltinTypes(): void {
  if (installed) return;
  installed = true;
  installStr();
  installList();
  installTuple();
  installRange();
  installDict();
  installSet();
  installNumbers();
  installBytes();
  installMemoryView();
  installDescriptorMethods();
}
