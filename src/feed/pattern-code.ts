/**
 * Simple anchored patterns (`^[a-z0-9][a-z0-9-]{0,49}$`, `^\d{6}$`) as straight-line character
 * checks, for the generated readers of fast-reader.ts: a feed's ids, topics and city codes are
 * checked some 600,000 times at 100,000 events, and a `RegExp#test` call costs two to three times
 * the loop it stands for on such short text (issue #16, validation as fast as ajv).
 *
 * Only one family is compiled: `^`, then classes of ASCII characters or `\d`, each repeated a
 * fixed number of times except the last, which may take a range (`{0,49}`, `?`, `*`, `+`), then
 * `$`, with no flags. There a left-to-right reading needs no backtracking, so the loop accepts
 * exactly what the pattern accepts. Anything else is left to the `RegExp`.
 */

interface Atom {
  /** Inclusive ranges of character codes. */
  ranges: [number, number][];
  min: number;
  max: number;
}

/** The ranges of a class body such as `A-Za-z0-9._:-`, or `undefined` for what is not handled. */
function classRanges(body: string): [number, number][] | undefined {
  const ranges: [number, number][] = [];
  for (let i = 0; i < body.length; i++) {
    const from = body.charCodeAt(i);
    // `\`, `^` (negation at the start) and `[` change the meaning of a class: not handled.
    if (body[i] === '\\' || body[i] === '[' || (i === 0 && body[i] === '^')) return undefined;
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const to = body.charCodeAt(i + 2);
      if (body[i + 2] === '\\' || to < from) return undefined;
      ranges.push([from, to]);
      i += 2;
    } else ranges.push([from, from]);
  }
  return ranges.length > 0 ? ranges : undefined;
}

/** The atoms of `pattern`, or `undefined` when it is not of the family described above. */
function atomsOf(pattern: RegExp): Atom[] | undefined {
  const source = pattern.source;
  if (pattern.flags !== '' || !source.startsWith('^') || !source.endsWith('$')) return undefined;
  const atoms: Atom[] = [];
  let at = 1;
  const end = source.length - 1;
  while (at < end) {
    let ranges: [number, number][] | undefined;
    if (source.startsWith('\\d', at)) {
      ranges = [[48, 57]];
      at += 2;
    } else if (source[at] === '[') {
      const close = source.indexOf(']', at + 1);
      if (close < 0 || close >= end) return undefined;
      ranges = classRanges(source.slice(at + 1, close));
      at = close + 1;
    } else return undefined;
    if (!ranges || ranges.some(([, to]) => to > 0x7e)) return undefined;
    let min = 1;
    let max = 1;
    const count = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(at, end));
    if (count) {
      min = Number(count[1]);
      max = count[2] ? (count[3] ? Number(count[3]) : Infinity) : min;
      at += count[0].length;
    } else if (source[at] === '?' || source[at] === '*' || source[at] === '+') {
      min = source[at] === '+' ? 1 : 0;
      max = source[at] === '?' ? 1 : Infinity;
      at++;
    }
    // A second quantifier (`{2}?`, `+*`) is not handled.
    if (at < end && '{?*+'.includes(source[at]!)) return undefined;
    if (max < min) return undefined;
    atoms.push({ ranges, min, max });
  }
  // Only the last atom may vary in length: then no reading needs to go back.
  if (atoms.length === 0 || atoms.slice(0, -1).some((atom) => atom.min !== atom.max)) {
    return undefined;
  }
  return atoms;
}

const test = (ranges: [number, number][], c: string) =>
  ranges
    .map(([from, to]) => (from === to ? `${c} === ${from}` : `(${c} >= ${from} && ${c} <= ${to})`))
    .join(' || ');

/**
 * Statements checking that the string `text` (a variable name) matches `pattern`, running `fail`
 * (e.g. `return;`) when it does not, with `name()` giving fresh variable names; `undefined` when
 * the pattern is not one this module compiles.
 */
export function patternCode(
  pattern: RegExp,
  text: string,
  fail: string,
  name: () => string,
): string | undefined {
  const atoms = atomsOf(pattern);
  if (!atoms) return undefined;
  const min = atoms.reduce((sum, atom) => sum + atom.min, 0);
  const max = atoms.reduce((sum, atom) => sum + atom.max, 0);
  const at = name();
  const c = name();
  let code = `if (${text}.length < ${min}${max === Infinity ? '' : ` || ${text}.length > ${max}`}) ${fail}\n`;
  code += `let ${at} = 0, ${c};\n`;
  atoms.forEach((atom, k) => {
    // The length check above bounds every atom: the last one takes what is left.
    const stop = k === atoms.length - 1 ? `${text}.length` : `${at} + ${atom.min}`;
    const until = name();
    code +=
      `for (const ${until} = ${stop}; ${at} < ${until}; ${at}++) {\n` +
      `${c} = ${text}.charCodeAt(${at});\n` +
      `if (!(${test(atom.ranges, c)})) ${fail}\n}\n`;
  });
  return code;
}
