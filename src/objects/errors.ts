/**
 * Raising Python exceptions from TypeScript.
 *
 * `throwPy('ValueError', msg)` is the one way runtime code raises a Python-visible exception: it builds an
 * instance of the named builtin exception class and throws it. Interpreter bugs use `InternalError` instead,
 * which the top level reports as `SystemError: internal: …` rather than leaking a JS stack trace.
 */
export class InternalError extends Error {
  constructor(message: string) {
    super(`internal: ${message}`);
  }
}

type Raiser = (type: string, message: string) => never;
let raiser: Raiser = (type, message) => {
  throw new InternalError(`${type}: ${message} (raised before the object model was installed)`);
};

/** Installed once by the object model, which knows how to build exception instances. */
export function installRaiser(r: Raiser): void {
  raiser = r;
}

/** Raise the builtin Python exception `type` (e.g. 'ValueError') with `message`. */
export function throwPy(type: string, message: string): never {
  return raiser(type, message);
}
