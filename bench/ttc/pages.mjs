// The pages of the time-to-content bench, ours and the peers', each with the one condition that
// means "a visitor sees real content" (the table in README-style comments of time-to-content.mjs).
// Ours load the CDN build (dist/cdn) through its loader; the peers come from bench/peers (pinned,
// installed on demand) and are served as a CDN serves them: one minified file each.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { MANIFEST, WAVE_PAGES, wavePage, CONTENT } from '../../test/support/request-waves.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const peersDir = join(root, 'bench/peers');
const peerModules = join(peersDir, 'node_modules');
const outDir = join(root, '.bench-out/ttc');
const data = join(root, 'dist/data/shanxi-2025');

/** Installs the pinned peers (bench/peers/package-lock.json) when they are missing. */
export function installPeers() {
  if (existsSync(join(peerModules, '.package-lock.json'))) return;
  console.log('Installing the peers: npm ci --prefix bench/peers');
  execFileSync('npm', ['ci', '--prefix', peersDir, '--ignore-scripts', '--no-audit', '--no-fund'], {
    stdio: 'inherit',
  });
}

/**
 * The peers' ES modules bundled and minified into one file each, as an app's bundler or a CDN's
 * `+esm`/`.min.js` ships them (their npm files are unminified: served raw they would weigh ~40 %
 * more and make the peers look worse than they are). Leaflet ships its own minified build.
 */
async function buildPeers() {
  mkdirSync(outDir, { recursive: true });
  await build({
    absWorkingDir: peersDir,
    entryPoints: {
      'relative-time': '@github/relative-time-element',
      'add-to-calendar-button': 'add-to-calendar-button',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    outdir: join(outDir, 'peers'),
    logLevel: 'warning',
  });
}

const escape = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const readJson = (name) => JSON.parse(readFileSync(join(data, name), 'utf8'));

const head = (title, extra = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>` +
  `<style>body{margin:0;font:16px/1.5 system-ui,sans-serif}main{max-width:960px;margin:0 auto;padding:16px}` +
  `li{margin:0 0 12px}</style>${extra}</head>`;

const when = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  month: 'long',
  day: 'numeric',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** The embedded edition's events as plain HTML; `time` renders each start time. */
function eventList(time) {
  const events = readJson('events.json');
  const items = events.map(
    (event) =>
      `<li class="event"><h3>${escape(event.title)}</h3><p>${time(event.start)} · ` +
      `${escape(event.venue?.name ?? '')}</p><p>${escape(event.summary ?? '')}</p></li>`,
  );
  return { count: events.length, html: `<ol>${items.join('')}</ol>` };
}

/** A page of ours: `tags` is a list of [tag, attributes]; every widget loads through the loader. */
function ourPage(tags) {
  const body = tags
    .map(
      ([tag, attrs]) =>
        `<${tag}${Object.entries(attrs)
          .map(([key, value]) => ` ${key}="${escape(value)}"`)
          .join('')}></${tag}>`,
    )
    .join('\n');
  return (
    head('sx', '<script type="module" src="/dist/cdn/loader.js"></script>') +
    `<body><main>${body}</main></body></html>`
  );
}

/** In-page test for "real content in the shadow root of every `tags` element". */
const shadowContent = (tags) =>
  tags
    .map(
      (tag) =>
        `document.querySelector(${JSON.stringify(tag)})?.shadowRoot?.querySelector(${JSON.stringify(CONTENT[tag])})`,
    )
    .join(' && ');

/**
 * Every page: `path`, `html`, `content` (a JS expression true once a visitor sees real content),
 * `kind` (static | peer | embedded | src | all) for the budgets, `what` (the definition, printed).
 */
export async function benchPages() {
  installPeers();
  await buildPeers();
  const labs = readJson('labs.json');
  const labList = labs.labs ?? labs;
  const first = readJson('events.json')[0];
  const staticList = eventList((iso) => escape(when.format(new Date(iso))));
  const relativeList = eventList(
    (iso) =>
      `<relative-time datetime="${escape(iso)}" format="datetime" time-zone="Asia/Shanghai" ` +
      `lang="zh-CN">${escape(when.format(new Date(iso)))}</relative-time>`,
  );
  const ours = (name, src = false) => {
    const { tag } = WAVE_PAGES[name];
    return {
      html: wavePage(name, { src }),
      content: shadowContent([tag]),
      what: `${CONTENT[tag]} in its shadow root`,
    };
  };
  const all = [
    ['sx-countdown', WAVE_PAGES['sx-countdown'].attrs],
    ['sx-events', WAVE_PAGES['sx-events'].attrs],
    ['sx-story-card', WAVE_PAGES['sx-story-card'].attrs],
    ['sx-lab-map', WAVE_PAGES['sx-lab-map'].attrs],
  ].map(([tag, attrs]) => [tag, { ...attrs, src: MANIFEST }]);
  const markers = labList.slice(0, 16).map((lab) => [lab.location.lat, lab.location.lng, lab.name]);

  return [
    {
      path: '/static',
      name: `static HTML, same ${staticList.count} events`,
      kind: 'static',
      html: head('static') + `<body><main>${staticList.html}</main></body></html>`,
      content: `document.querySelector('li.event')`,
      what: 'first li.event parsed',
    },
    {
      path: '/relative-time',
      name: 'relative-time-element',
      kind: 'peer',
      html:
        head('relative-time', '<script type="module" src="/peers/relative-time.js"></script>') +
        `<body><main>${relativeList.html}</main></body></html>`,
      content: `document.querySelector('relative-time')?.shadowRoot?.textContent.trim()`,
      what: 'first <relative-time> has text in its shadow root',
    },
    {
      path: '/leaflet',
      name: `Leaflet, ${markers.length} markers`,
      kind: 'peer',
      html:
        head(
          'leaflet',
          '<link rel="stylesheet" href="/leaflet/leaflet.css">' +
            '<script src="/leaflet/leaflet.js" defer></script>',
        ) +
        `<body><main><div id="map" style="height:420px"></div></main><script type="module">` +
        `const map=L.map('map').setView([37.6,112.3],7);` +
        `for(const [lat,lng,name] of ${JSON.stringify(markers)})L.marker([lat,lng],{title:name}).addTo(map);` +
        `</script></body></html>`,
      // The marker is real content once its image has arrived (a later wave than leaflet.js).
      content: `[...document.querySelectorAll('img.leaflet-marker-icon')].some((img) => img.complete && img.naturalWidth > 0)`,
      what: 'first marker image loaded (no tiles: offline)',
    },
    {
      path: '/add-to-calendar-button',
      name: 'add-to-calendar-button',
      kind: 'peer',
      html:
        head('atcb', '<script type="module" src="/peers/add-to-calendar-button.js"></script>') +
        `<body><main><add-to-calendar-button name="${escape(first.title)}" ` +
        `startDate="${first.start.slice(0, 10)}" startTime="${first.start.slice(11, 16)}" ` +
        `endDate="${(first.end ?? first.start).slice(0, 10)}" endTime="${(first.end ?? first.start).slice(11, 16)}" ` +
        `timeZone="Asia/Shanghai" location="${escape(first.venue?.name ?? '')}" ` +
        `options="'Apple','Google','iCal','Outlook.com'" language="zh"></add-to-calendar-button>` +
        `</main></body></html>`,
      content: `document.querySelector('add-to-calendar-button')?.shadowRoot?.querySelector('button')`,
      what: 'its button in its shadow root',
    },
    {
      path: '/countdown',
      name: '<sx-countdown> embedded',
      kind: 'embedded',
      ...ours('sx-countdown'),
    },
    { path: '/lab-map', name: '<sx-lab-map> embedded', kind: 'embedded', ...ours('sx-lab-map') },
    { path: '/events', name: '<sx-events> embedded', kind: 'embedded', ...ours('sx-events') },
    {
      path: '/story-card',
      name: '<sx-story-card> embedded',
      kind: 'embedded',
      ...ours('sx-story-card'),
    },
    { path: '/events-src', name: '<sx-events> src', kind: 'src', ...ours('sx-events', true) },
    {
      path: '/all-src',
      name: 'all four, src',
      kind: 'all',
      html: ourPage(all),
      content: shadowContent(all.map(([tag]) => tag)),
      what: 'every one of the four shows its content',
    },
  ];
}

/** The server mounts: our build, the bundled peers, Leaflet's own files. */
export const mounts = () => ({
  '/dist/': join(root, 'dist'),
  '/peers/': join(outDir, 'peers'),
  '/leaflet/': join(peerModules, 'leaflet/dist'),
});

/** Fails early, with the command that fixes it, when the CDN build is missing. */
export function requireBuild() {
  if (!existsSync(join(root, 'dist/cdn/loader.js')) || !existsSync(join(root, MANIFEST))) {
    throw new Error(
      'dist/cdn/loader.js or the feed manifest is missing: run `npx rollup -c` first.',
    );
  }
}

/** `page` loading an earlier build instead (`--baseline DIR`, served by `baselineRoutes`). */
export const baselineOf = (page) => ({
  ...page,
  path: `${page.path}-baseline`,
  name: `${page.name} (baseline)`,
  html: page.html.replaceAll('/dist/cdn/', '/baseline/cdn/'),
});

/** The server's routes for `--baseline DIR` (an earlier build's dist/cdn), none without one. */
export const baselineRoutes = (dir) => (dir ? { '/baseline/cdn/': resolvePath(dir) } : {});

/** The bench page at `path` (after checking the build is there), and its baseline when given. */
export async function pageAndBaseline(path, baseline) {
  requireBuild();
  const page = (await benchPages()).find((item) => item.path === path);
  if (!page) throw new Error(`No bench page ${path}`);
  return baseline ? [page, baselineOf(page)] : [page];
}
