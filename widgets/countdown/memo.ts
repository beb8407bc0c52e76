/**
 * A cache keyed by its inputs themselves. `compute` takes one object of everything it reads and
 * runs again when any of its values differs (`Object.is`) from the last call's: the key is derived
 * from the input type, so a field added to that type is compared without anyone listing it in a
 * hand-kept key string, and the output can never be stale for an input the key forgot.
 *
 * Objects (the edition, a catalog, a lazily imported part) compare by identity: a new copy of the
 * data computes again, as it should.
 */
export function memo<I extends object, R>(compute: (inputs: I) => R): (inputs: I) => R {
  let last: I | undefined;
  let result: R;
  return (inputs) => {
    if (!last || !shallowEqual(last, inputs)) {
      result = compute(inputs);
      last = inputs;
    }
    return result;
  };
}

/** Whether two objects have the same keys with the same values (`Object.is`). */
export function shallowEqual(a: object, b: object): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.is(a[key as keyof object], b[key as keyof object]))
  );
}
