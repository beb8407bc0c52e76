/**
 * Whether this runtime may generate code with `new Function`: Node, where no page's
 * Content-Security-Policy forbids it (and reports it). Apart from fast-reader.ts so that browsers,
 * which are told no here, never download that module.
 */
export function canGenerateCode(): boolean {
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions
    ?.node;
  return (
    typeof node === 'string' &&
    typeof (globalThis as { document?: unknown }).document === 'undefined'
  );
}
