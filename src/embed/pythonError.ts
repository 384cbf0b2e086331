/**
 * The JS error an embedding host receives when Python code ends with an uncaught exception: the Python
 * exception's type name and message, its traceback as frames (outermost first, as CPython prints them),
 * and the text CPython would print. It is a plain Error subclass, so hosts can `catch` it and show
 * `e.formatted` to their users.
 */
export interface TracebackFrame {
  file: string;
  line: number;
  function: string;
}

export class PythonError extends Error {
  constructor(
    /** the exception's class name, e.g. 'ZeroDivisionError' */
    readonly type: string,
    /** str() of the exception */
    message: string,
    /** where it was raised and through which calls, outermost first */
    readonly traceback: TracebackFrame[],
    /** the traceback text as CPython prints it */
    readonly formatted: string,
  ) {
    super(message);
    this.name = 'PythonError';
  }
}
