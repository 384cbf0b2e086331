/**
 * The standard-library modules written in Python (src/stdlib/) are not part of the page: the web build
 * (scripts/build-web.mjs) writes each one's source to `stdlib/<file>.py` next to the worker and makes
 * the module's `source` this loader, which the interpreter calls the first time a script imports the
 * module (fetched synchronously: syncFetch.ts). A failed fetch becomes the module's source raising
 * ImportError, so the script sees a Python error.
 */
import { fetchSync, FetchError } from './syncFetch';

export function loadStdlib(file: string, module: string): string {
  try {
    return fetchSync(`stdlib/${file}.py`);
  } catch (e) {
    if (!(e instanceof FetchError)) throw e;
    return `raise ImportError(${JSON.stringify(`could not fetch the source of the standard-library module '${module}' (${e.message})`)})\n`;
  }
}
