// Byte budgets of what a visitor's page downloads from the CDN build, checked by size-limit
// (`npm run build && npm run size:check`; CI runs it after the build). A page with one widget loads
// the loader, the widget chunk and every chunk it imports statically; the embedded data chunks
// are loaded on demand and budgeted apart. Limits are gzip, as the files travel.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { init, parse } from 'es-module-lexer';

await init;
const cdn = 'dist/cdn';

/** The file and every file it imports statically, transitively (dynamic imports excluded). */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const [imports] = parse(readFileSync(file, 'utf8'));
  for (const { n: specifier, d: dynamic } of imports) {
    // d === -1: a static import or re-export; ≥ 0: import(), which is lazy.
    if (dynamic === -1 && specifier?.startsWith('.')) {
      staticClosure(relative('.', join(dirname(file), specifier)), seen);
    }
  }
  return seen;
}

/** A limit in KiB (1,024 bytes), the unit of the issues' budgets and of `npm run size`. */
const kib = (n) => `${Math.round(n * 1024)} B`;

const page = (widget) => [`${cdn}/loader.js`, ...staticClosure(`${cdn}/widgets/${widget}.js`)];

// 7 Dec 2026 (#16 ttc6): every page +0.22–0.23 KiB (events 36.74, countdown 20.41, story card
// 27.27, lab map 33.06, IIFE 36.99): the loader starts a `src` element's manifest and resource with
// its code (cdn/prefetch-feed.ts; events with src −0.45 to −0.6 s to content, one wave less). Over
// the +0.05 asked of each helper; accepted by the lead: what the visitor waits for fell 0.4 s. (6-character chunk hashes gave back 0.05–0.13
// KiB per page but the bundle's deploy notes and slim-package.mjs expect 8: not kept.)
export default [
  // 7 Dec 2026 (#16 cpu10, +0.04–0.05 KiB): V8's compile hint on the chunks ≥ 8 KB (scripts/compile-hints.mjs, ~23 B gz a file): the first render's functions compiled with their file, not one at a time on the main thread.
  { name: 'CDN loader', path: `${cdn}/loader.js`, limit: kib(2) },
  // Ceilings at what the pages weigh (+ < 0.1 KiB), so they cannot grow unnoticed. 7 Dec 2026
  // (#17 bytes pass): the session's splits, hydration and attribute rules had added 0.5–1.2 kB gz
  // per page; static properties instead of decorators (events, story card, lab map) gave back
  // 0.6 kB of it. Events 35.66 KiB, countdown 19.88, story card 26.90, lab map 32.53 (size-limit).
  // Then +0.03–0.1 KiB each for one feed-controller rule keeping the edition when a resource
  // fails, the named filter-bar parts (#17 house2) and the inline countdown's phrase: events
  // 35.90, countdown 19.98, story card 27.08, lab map 32.70, IIFE 36.15, all-in-one 60.96.
  // Then the #15 look pass (dark tints, countdown words wrapping between words, the story
  // feature's no-portrait panel, the lab map beside its list): events 35.93 (unchanged ceiling),
  // countdown 20.15, story card 27.23, lab map 32.83 (+0.1 ceiling each).
  // Still ABOVE the issues' budgets: the programme page 30 KB, the countdown "≤ 6 KB beyond Lit
  // and the foundation" (bench/page-floor.mjs); story card and lab map were 22.4 and 28.5
  // before the hardening and redesign waves.
  // 7 Dec 2026 (#16 scale): +0.02 KiB, a search waits for a big list's search texts.
  // 7 Dec 2026 (#15 look): +0.1 at most each, see CODE_KIB in request-waves.test.ts.
  // 7 Dec 2026 (#14 keystroke): +0.2 KiB (36.18 measured), a new list draws its first rows, the
  // rest after a paint; OVER the +0.1 allowed, left for the lead to accept or trim.
  // 7 Dec 2026 (#17 check): the first-rows logic out of events.ts (≤ 500 lines), +0.05 KiB.
  // 7 Dec 2026 (#14 print and show more): +0.1 KiB (36.25 → 36.38 measured): a print draws the
  // whole page, "show more" waits for the rest, the rest in frames of 7 rows; accepted: it is what
  // keeps the page whole on paper and the button still (#14), and the #16 Intl pass added 0.03.
  // 7 Dec 2026 (#14 hardening): +0.04 KiB (36.51 → 36.55), a big list's first data in two
  // frames, its count over the skeleton, then its rows (no task over ~30 ms CPU at 20,000).
  // After the merges of 7 Dec 2026 #5 (these two, #15 look7's words +0.03, #16's prefetch +0.23):
  // 36.92 KiB measured; 36.95 with the prefetch's http(s) check (#14: no `data:` fetched).
  // 7 Dec 2026 (#15 look6): +0.15 KiB: the star beside the title at every width (floated into a
  // phone's first title line), the actions one row under the date block on a 320 px English
  // phone, and the focus that follows a "continues" row unfolding in place.
  // 7 Dec 2026 (#16 evcpu9, +0.08 KiB: 37.18 with look9): the first content frame's filter selects hold their
  // chosen option only, the lists a frame later (−35 of the first frame's 332 elements).
  // 7 Dec 2026 (#15 look9, +0.14 KiB → 37.095): a multi-day card says its range once, the
  // agenda's continuing events one line a day (its state and catalog words; the fold itself in
  // the lazy agenda module), wide cards with a right-hand column, institution names kept whole;
  // the expanded view's, sections' and visitor-time rules moved to their lazy modules (−0.06).
  // 7 Dec 2026 (#16 all9, +0.10 KiB on every page through the loader): ICU's word-break
  // dictionary is started while the code downloads (cdn/warm-intl.ts): the all-four page's word
  // breaks after content cost 1 ms of main thread instead of 82 ms (median, up to 160 ms at CPU
  // 4×, bench/ttc/segmenter-cost.mjs); the three pages with word breaks +0.05 more for
  // after-content.ts's registry of widgets (no scan of every element of the page each frame).
  // 7 Dec 2026 (#16 ev11, +0.04 KiB on every page through the loader): localStorage is loaded
  // while the code downloads (cdn/warm-storage.ts), not in <sx-events>' first-rows task (its plan
  // read 4.7 ms median, up to 35, at CPU 4× → 0) nor in a src widget's first read (8.5 → 1.6 ms).
  { name: '<sx-events> page', path: page('events'), limit: kib(37.64) }, // 37.621 on 8 Dec 2026 (+0.06 with every page: the loader asks for no feed file the page's client already holds, cdn/prefetch-feed.ts: the demo at 375 px asked for manifest.json and labs.json twice); 37.598 on 8 Dec 2026 (#16 src12, −0.03 to −0.05: the loader warms localStorage for <sx-events> only); 37.640 with the CDN without the Node-only reader chunk moves the hashed chunk names (+0.02); 37.621 after 7 Dec 2026 session 8 merges: ev11's storage warm-up (+0.04), lab11's slow-network ICU check (+0.03), look11's badge (+0.05); 7 Dec 2026 (#15 wide10, +0.2): 37.48, a wide card's actions in a right column, the agenda's folded line naming its events, an English phone card at 166 px (189); 37.338 after session 6's merges (look9 +0.14, all9 +0.10, evcpu9 +0.08, the agenda's days +0.03, ws9 −0.03); 36.43 with #16's Intl pass; 36.49 with #14's first frame sized to the rows on screen (keystroke ≤ 16 ms in 5 of 5) and #15's meta-line dots
  // 7 Dec 2026 (#15 ended card with the week's dates and official link, +0.04; #17 English as a
  // lazy catalog like every widget, +0.02): 20.17 KiB.
  // 7 Dec 2026 (#16 ttc7, +0.28 KiB): the word breaks wait for every widget's first content
  // (widgets/shared/after-content.ts, a chunk of its own shared by the three pages with phrases).
  { name: '<sx-countdown> page', path: page('countdown'), limit: kib(21.04) }, // 21.028 on 8 Dec 2026 (+0.06 with every page: the loader asks for no feed file the page's client already holds, cdn/prefetch-feed.ts: the demo at 375 px asked for manifest.json and labs.json twice); 20.991 on 8 Dec 2026 (#16 src12, −0.03 to −0.05: the loader warms localStorage for <sx-events> only); 21.024 with the CDN without the Node-only reader chunk moves the hashed chunk names (+0.02); 21.016 after 7 Dec 2026 session 8 merges: the loader's storage warm-up and ICU check (+0.07), look11's aligned error panels and inline countdown (+0.014); 20.943 with #16 cpu10's compile hint (+0.03); 20.91 with #16 all9; 20.72
  // 7 Dec 2026 (#17): the story card's English words load apart, as every widget's do (27.00).
  // 7 Dec 2026 (#15 look7, +0.074 KiB → 27.11): Chinese words kept whole (no break before a lone
  // Han character, a three-word house dictionary) and the spirit label on its chips' line;
  // 27.33 measured with #16's prefetch (+0.23, see above).
  // 7 Dec 2026 (#16 ttc7, +0.28 KiB): the word breaks wait for every widget's first content
  // (widgets/shared/after-content.ts, a chunk of its own shared by the three pages with phrases).
  // 7 Dec 2026 (#15 look9, +0.065 KiB → 27.713): an institution's suffix stays with its name
  // ("中国科 / 学院" no more) and 短视频/微视频 whole (the phrases chunk, shared with the lab map).
  { name: '<sx-story-card> page', path: page('story-card'), limit: kib(28.38) }, // 28.365 on 8 Dec 2026 (+0.06 with every page: the loader asks for no feed file the page's client already holds, cdn/prefetch-feed.ts: the demo at 375 px asked for manifest.json and labs.json twice); 28.308 on 8 Dec 2026 after session 10's merges: story12's word breaks wait until text nears the screen (+0.33, the shared word-break chunk; all four with src TBT 604 → 57 ms, time to content 2.06 → 1.61 s, bench/time-to-content.mjs); 27.933 on 8 Dec 2026 (#16 src12, −0.03 to −0.05: the loader warms localStorage for <sx-events> only); 27.979 with the CDN without the Node-only reader chunk moves the hashed chunk names (+0.02); 27.964 after 7 Dec 2026 session 8 merges: the loader (+0.07), look11's story buttons (+0.02); 27.889 with #16 cpu10's compile hint and #15 wide10's shared phrases; 27.832 after session 6's merges (look9 +0.065, all9 +0.15, ws9 −0.04); 27.62 with #16 ttc7; 26.96 after #16's Intl pass; 27.02 with #15's centred card and #16's word breaks after the first paint
  // 7 Dec 2026 (#15 look4): lab map 32.863 KiB (+0.044: "show on map" after the address so the
  // card's actions keep one line, pretty line breaks in the card, the notice's Chinese breaks).
  // 7 Dec 2026 (#15 look7, +0.077 KiB → 32.92): Chinese words kept whole, and in a row of two
  // cards the shorter one's openings panel takes the spare height (no blank above its buttons);
  // 33.13 measured with #16's prefetch (+0.23, see above).
  // 7 Dec 2026 (#16 ttc7, +0.28 KiB): the word breaks wait for every widget's first content
  // (widgets/shared/after-content.ts, a chunk of its own shared by the three pages with phrases).
  // 7 Dec 2026 (#15 lab9, +0.038 KiB): beside the schematic the map takes 20em from a
  // 60em widget and the list the rest (two ~27em cards at 1280 px, three from ~85em); a booking
  // link wraps with its terms. (#15 look9, +0.065 KiB): institution names whole (see the story card).
  { name: '<sx-lab-map> page', path: page('lab-map'), limit: kib(34.86) }, // 34.845 on 8 Dec 2026 (+0.06 with every page: the loader asks for no feed file the page's client already holds, cdn/prefetch-feed.ts: the demo at 375 px asked for manifest.json and labs.json twice); 34.787 on 8 Dec 2026 after session 10's merges: story12's near-screen word breaks (+0.33), lab12's one template per card (+0.135: templates before content 37 → 25), look12's one-city map (+0.01); 34.235 on 8 Dec 2026 (#16 src12, −0.03 to −0.05: the loader warms localStorage for <sx-events> only); 34.279 with the CDN without the Node-only reader chunk moves the hashed chunk names (+0.02); 34.253 after 7 Dec 2026 session 8 merges: lab11's first frame drawing the first screen (+0.26), the loader (+0.07), look11's openings panel (+0.016); 7 Dec 2026 (#15 wide10, +0.19; #16 cpu10's compile hint +0.04): 33.931, the list counts its columns so no last card sits beside a blank cell, a lone one laid out wide; 33.688 after session 6's merges (lab9 +0.04, look9 +0.065, all9 +0.15, ws9 −0.02); 33.42 with #16 ttc7; 32.77 after #16's Intl pass; 32.83 with #15's Details line and #16's word breaks after the first paint
  // The classic-script drop-in goes through the loader: a page with one widget pays for that one
  // (#13: IIFE ≤ 45 KB gz without data).
  {
    name: 'IIFE page with <sx-events>',
    path: [`${cdn}/sx-widgets.iife.js`, ...page('events')],
    // 7 Dec 2026: 36.15 KiB; #16 scale 36.21; with the #15 dark tints 36.22; #14 first rows 36.43
    // +0.05 KiB: first-rows logic out of events.ts (#17); +0.1 #14 print and show more; 36.68
    // 36.81 #14 two frames; +0.15 #15 look6, +0.23 #16 prefetch: 37.17 measured
    // 7 Dec 2026: 37.343 with #15 look9 (+0.14, see the events page)
    limit: kib(37.88), // 37.869 on 8 Dec 2026 (+0.06 with every page: the loader asks for no feed file the page's client already holds, cdn/prefetch-feed.ts: the demo at 375 px asked for manifest.json and labs.json twice); 37.846 on 8 Dec 2026 (#16 src12, −0.03 to −0.05: the loader warms localStorage for <sx-events> only); 37.888 with the CDN without the Node-only reader chunk moves the hashed chunk names (+0.02); 37.869 after 7 Dec 2026 session 8 merges: (as the events page); 37.78 with #16 ev11's storage warm-up (+0.04); 37.73 with #15 wide10 (as the events page, +0.2); 37.586 after session 6's merges (as the events page); 37.43 with #16 evcpu9 (+0.08); 36.74 with #14's first frame and #15's dots
  },
  // Every widget at once (sx-widgets.js, or SxWidgets.load()): the per-widget chunks, not a copy.
  {
    name: 'all-in-one, every widget',
    path: [...staticClosure(`${cdn}/sx-widgets.js`)],
    // 7 Dec 2026: 60.96 KiB; 61.37 after the #15 look pass (the four pages' rises); 61.43 #14 rows
    // +0.05 KiB: first-rows logic out of events.ts (#17); 61.58 with the #15 look4 pass (+0.08:
    // the lab map's and the countdown's rises, each within +0.05); +0.1 #14 print and show more;
    // 61.37 after #17's English catalogs and #16's Intl pass
    // 61.67 with #15 look7's whole Chinese words (+0.02: the phrases chunk is shared);
    // +0.15 #15 look6 (see the events page above)
    // 62.374 with #15 look9 (+0.14 events, +0.065 the shared phrases chunk); 62.42 with lab9 (+0.038)
    limit: kib(63.83), // 63.819 on 8 Dec 2026 after session 10's merges (story12 +0.33, lab12 +0.135, card12 −0.01); 63.313 on 8 Dec 2026 (#16 src12, −0.03 to −0.05: the loader warms localStorage for <sx-events> only); 63.345 with the CDN without the Node-only reader chunk moves the hashed chunk names (+0.02); 63.312 after 7 Dec 2026 session 8 merges: (lab11 +0.26, look11 +0.08, the loader +0.07); 63.236 with #16 lab11 (the lab map +0.26, the loader +0.028); 62.974 with #15 wide10 (lab map +0.19, events +0.15 without the wide card) and #16 cpu10's compile hints; 62.553 after session 6's merges; 62.51 with #16 evcpu9 (+0.08 events, +0.01 client); 62.16 with #16 ttc7 after-content (+0.28); 61.57 after round 2 (#14 first frame, #15 polish, #16 word breaks)
  },
  { name: 'embedded events data', path: `${cdn}/chunks/data-events-*.js`, limit: kib(12) },
].map((check) => ({ gzip: true, ...check }));
