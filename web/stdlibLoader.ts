/**
 * The standard-library modules written in Python (src/stdlib/) are not part of the page: the web build
 * (scripts/build-web.mjs) writes each one's source to `stdlib/<file>.py` next to the worker and makes
 * the module's `source` this loader, which the interpreter calls the first time a script imports the
 * module. Imports are synchronous, so the source is fetched with a synchronous request — allowed in a
 * worker, and a few kilobytes from the page's own server. A failed fetch becomes the module's source
 * raising ImportError, so the script sees a Python error.
 */
export function loadStdlib(file: string, module: string): string {
  const url = new URL(`stdlib/${file}.py`, self.location.href).href;
  let status = 0;
  try {
    const req = new XMLHttpRequest();
    req.open('GET', url, false);
    req.send();
    status = req.status;
    if (status === 200) return req.responseText;
  } catch {
    // a network error: reported below like an HTTP error
  }
  const why = status ? `HTTP ${status}` : 'network error';
  return `raise ImportError(${JSON.stringify(`could not fetch the source of the standard-library module '${module}' (${why})`)})\n`;
}
