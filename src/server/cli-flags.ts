// Reads command-line flags the way both of the project's servers take them (the workshop server's
// `npm start` and the kiosk's): `--name value` or `--name=value`, in any order.

/**
 * Calls `handle` for each argument with its flag name and a function that takes the flag's value
 * (the part after "=", or else the next argument); a flag given no value throws `missingValue(name)`.
 */
export function eachFlag(argv: readonly string[], handle: (name: string, value: () => string, arg: string) => void, missingValue: (name: string) => Error): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [name, inline] = equals > 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
    handle(name, () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw missingValue(name);
      return v;
    }, arg);
  }
}
