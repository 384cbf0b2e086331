/**
 * One-time installation of everything the object model registers by side effect: the methods and
 * constructors of the builtin types and the standard-library module factories.
 */
import { installBuiltinTypes } from '../objects/types/index';
import { installModules } from '../modules/index';

let installed = false;
export function installRuntime(): void {
  if (installed) return;
  installed = true;
  installBuiltinTypes();
  installModules();
}
