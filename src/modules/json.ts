/**
 * `json` (placeholder: being written).
 */
import { PyModule } from '../objects/values';
import { makeExc } from '../objects/exceptions';

export function makeJson(): PyModule {
  throw makeExc('ModuleNotFoundError', "No module named 'json'");
}
