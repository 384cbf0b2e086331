/**
 * `_ndpy_types`: lets a Python-written stdlib module (src/stdlib/) declare the classes that CPython
 * implements in C. `extension(cls, ...)` marks them so that messages name them the way CPython's
 * tp_name does, qualified by their module ('datetime.date' object is not subscriptable); a class
 * statement's own classes, including user subclasses of these, keep their bare names.
 */
import { PyModule } from '../objects/values';
import { builtin } from '../objects/function';
import { PyType } from '../objects/pytype';
import { throwPy } from '../objects/errors';

export function makeExtensionTypes(): PyModule {
  const m = new PyModule('_ndpy_types');
  m.d.extension = builtin('extension', (args) => {
    for (const t of args) {
      if (!(t instanceof PyType)) throwPy('TypeError', 'extension() arguments must be classes');
      t.extension = true;
    }
    return null;
  });
  return m;
}
