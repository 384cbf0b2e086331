/**
 * An error the array runtime raises that the Python layer turns into the Python exception it names
 * (`pyType`, e.g. 'ValueError') with the same message: the runtime stays free of Python objects.
 * Names that are not builtin exceptions (NumPy's DTypePromotionError) resolve through `classes`, which
 * the Python layer fills with its exception types.
 */
export class RuntimePyError extends Error {
  static readonly classes = new Map<string, unknown>();
  constructor(
    readonly pyType: string,
    message: string,
  ) {
    super(message);
  }
}
