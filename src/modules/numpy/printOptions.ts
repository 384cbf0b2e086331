/**
 * NumPy's print options (`np.set_printoptions`, `np.get_printoptions`, `np.printoptions`): one record
 * shared by array printing and scalar reprs. `legacy` is false or the legacy version string NumPy
 * accepts ('1.13', '1.21', '1.25', '2.1', '2.2').
 */
export interface PrintOptions {
  edgeitems: number;
  /** a Python int beyond 2**53 (sys.maxsize) stays a bigint so get_printoptions gives it back */
  threshold: number | bigint;
  floatmode: 'maxprec' | 'fixed' | 'unique' | 'maxprec_equal';
  precision: number;
  suppress: boolean;
  linewidth: number;
  nanstr: string;
  infstr: string;
  sign: '-' | '+' | ' ';
  formatter: any;
  legacy: string | false;
  override_repr: any;
}

export function defaultPrintOptions(): PrintOptions {
  return {
    edgeitems: 3,
    threshold: 1000,
    floatmode: 'maxprec',
    precision: 8,
    suppress: false,
    linewidth: 75,
    nanstr: 'nan',
    infstr: 'inf',
    sign: '-',
    formatter: null,
    legacy: false,
    override_repr: null,
  };
}

/** The current options (mutated in place by set_printoptions). */
export const printOptions: PrintOptions = defaultPrintOptions();

/** NumPy's legacy version as a number (1.13 → 113, 1.25 → 125; no legacy → a large number). */
export function legacyLevel(o: PrintOptions = printOptions): number {
  if (o.legacy === false) return Number.MAX_SAFE_INTEGER;
  const [a, b] = o.legacy.split('.').map(Number);
  return a * 100 + b;
}

/** NumPy 2 scalar reprs (np.float64(1.5), np.str_('a')) give way to the bare values up to legacy '1.25'. */
export function legacyScalarRepr(): boolean {
  return legacyLevel() <= 125;
}
