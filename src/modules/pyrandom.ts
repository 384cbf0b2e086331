/**
 * `_random` (placeholder: being written).
 */
import { PyModule } from '../objects/values';
import { makeExc } from '../objects/exceptions';

export function makeRandomCore(): PyModule {
  throw makeExc('ModuleNotFoundError', "No module named '_random'");
}
