/**
 * A synchronous fetch of a file next to the worker script, for the parts of the interpreter the page
 * loads on first use (standard-library sources: stdlibLoader.ts; code chunks: chunkLoader.ts). The
 * interpreter runs synchronously — an import or a call cannot wait for a promise — and a Web Worker may
 * make synchronous requests; each file is a few kilobytes from the page's own server, fetched once.
 */
export class FetchError extends Error {}

/** the text of `path` (relative to the worker script); a FetchError says why it could not be read */
export function fetchSync(path: string): string {
  const url = new URL(path, self.location.href).href;
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
  throw new FetchError(status ? `HTTP ${status}` : 'network error');
}
