/**
 * Work that refines what widgets already show (the word breaks of `Intl.Segmenter`, whose first
 * use starts ICU: 140–190 ms of a phone's main thread at CPU 4×) waits until every widget of the
 * page has shown its first content. After the first paint of one widget is not enough: on a page
 * with several, that task would land between the network's answer and another widget's first rows,
 * and delay them by as much (#16, all four widgets with `src`).
 *
 * A widget (an `sx-…` element of the document) is waiting while it has not rendered (its code not
 * loaded yet, or its first update not done) or its shadow root shows a loading state
 * (`aria-busy="true"`: the skeleton, the countdown's placeholder, a map being loaded). Checked after
 * each paint while work waits, so the work runs in a task of its own just after the frame that
 * showed the last widget's content. A tag that never renders (a typo, a blocked script) holds the
 * work back for 5 s at most: it only refines text that is already shown.
 */
type Task = () => void;

let tasks: Task[] | undefined;

const waiting = (): boolean =>
  [...document.querySelectorAll('*')].some(
    (element) =>
      element.localName.startsWith('sx-') &&
      (!(element as Element & { hasUpdated?: boolean }).hasUpdated ||
        !!element.shadowRoot?.querySelector('[aria-busy="true"]')),
  );

/** Runs what waits, once (whichever comes first: the check or the timeout). */
const run = (): void => {
  const due = tasks;
  tasks = undefined;
  due?.forEach((task) => task());
};

/** An animation frame, then a task: after the paint (a hidden page paints none: the timeout). */
const check = (): void =>
  void requestAnimationFrame(() => setTimeout(() => tasks && (waiting() ? check() : run())));

/** Runs `task` after the paint that shows the first content of every widget on the page. */
export function afterContent(task: Task): void {
  if (!tasks) {
    tasks = [];
    setTimeout(run, 5000);
    check();
  }
  tasks.push(task);
}
