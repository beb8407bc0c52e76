/**
 * Work that refines what widgets already show (the word breaks of `Intl.Segmenter`, whose first
 * use starts ICU: 140–190 ms of a phone's main thread at CPU 4×) waits until every widget of the
 * page has shown its first content. After the first paint of one widget is not enough: on a page
 * with several, that task would land between the network's answer and another widget's first rows,
 * and delay them by as much (#16, all four widgets with `src`).
 *
 * A widget is waiting while its code has not run yet (an `sx-…` element the browser has not
 * defined), its first update is not done, or its shadow root shows a loading state
 * (`aria-busy="true"`: the skeleton, the countdown's placeholder, a map being loaded). The widgets
 * that ran are the registry of `sx-element.ts`, so a check reads those few elements and one query
 * of the undefined ones, not every element of the page. Checked after each paint while work
 * waits, so the work runs in a task of its own just after the frame that showed the last widget's
 * content. A tag that never renders (a typo, a blocked script) holds the work back for 5 s at most:
 * it only refines text that is already shown.
 */
import { connectedWidgets } from './sx-element.js';

type Task = () => void;

let tasks: Task[] | undefined;

const waiting = (): boolean =>
  [...document.querySelectorAll(':not(:defined)')].some((element) =>
    element.localName.startsWith('sx-'),
  ) ||
  [...connectedWidgets].some(
    (widget) => !widget.hasUpdated || !!widget.shadowRoot?.querySelector('[aria-busy="true"]'),
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
