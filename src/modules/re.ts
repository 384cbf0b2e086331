/**
 * `re` (placeholder: being written).
 */
import { PyModule } from '../objects/values';
import { makeExc } from '../objects/exceptions';

export function makeRe(): PyModule {
  throw makeExc('ModuleNotFoundError', "No module named 're'");
}
