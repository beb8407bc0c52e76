/**
 * `sx-feed serve`'s /preview: every widget on the served feed, as partner sites will show it,
 * with the feed's problems per file beside them and the `src` URL partners should use. Generated
 * per request, so a rebuilt feed shows at the next reload. All feed text is escaped.
 */
import { issueText } from '../../src/feed/issue-messages.js';
import type { Lang } from '../messages.js';
import { ORGANISER_MESSAGES } from '../messages-organiser.js';
import { escapeHtml } from '../render-html.js';
import type { FileProblems } from './problems-by-file.js';

export interface PreviewOptions {
  lang: Lang;
  title: string;
  /** The URL partners put in `src`. */
  feedUrl: string;
  loaderUrl: string;
  /** Tags of the widgets the CDN build holds (`sx-events`…). */
  tags: readonly string[];
  problems: readonly FileProblems[];
}

// How each widget is shown on the page: the roomiest variant a partner would use on a page of its own.
const LOOK: Record<string, string> = { 'sx-countdown': ' variant="card"' };

const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1f2933; background: #f3f4f6; }
header { background: #1d4e89; color: #fff; padding: .75rem 1rem; }
header h1 { margin: 0; font-size: 1.2rem; }
header p { margin: .25rem 0 0; overflow-wrap: anywhere; }
header code { background: rgb(255 255 255 / .15); padding: 0 .3em; border-radius: 3px; user-select: all; }
header a { color: #fff; }
.layout { display: grid; gap: 1rem; padding: 1rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 60rem) { .layout { grid-template-columns: minmax(0, 1fr) 22rem; } aside { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto; } }
.widget { background: #fff; border: 1px solid #d5dbe3; border-radius: 6px; padding: .75rem; margin-bottom: 1rem; }
.widget > h2 { margin: 0 0 .5rem; font: 600 .85rem ui-monospace, monospace; color: #5b6673; }
aside { background: #fff; border: 1px solid #d5dbe3; border-radius: 6px; padding: .75rem; }
aside h2 { margin: 0 0 .5rem; font-size: 1rem; }
aside h3 { margin: .75rem 0 .25rem; font: 600 .85rem ui-monospace, monospace; overflow-wrap: anywhere; }
aside ul { margin: 0; padding-left: 1.1rem; font-size: .85rem; }
.error { color: #a23b24; }
.count { color: #5b6673; font-weight: normal; }
`;

export function renderPreviewPage(options: PreviewOptions): string {
  const { lang, feedUrl } = options;
  const sm = ORGANISER_MESSAGES[lang].serve;
  const src = escapeHtml(feedUrl);
  const widgets = options.tags.map(
    (tag) =>
      `<section class="widget"><h2>&lt;${tag}&gt;</h2><${tag} src="${src}" lang="${lang}"${LOOK[tag] ?? ''}></${tag}></section>`,
  );
  const files = options.problems.map(({ file, issues }) => {
    const items = issues.map(
      (issue) =>
        `<li class="${issue.severity}"><code>${escapeHtml(issue.path)}</code> ${escapeHtml(issueText(issue, lang))}</li>`,
    );
    return (
      `<section data-file="${escapeHtml(file)}"><h3>${escapeHtml(file)} <span class="count">(${issues.length})</span></h3>` +
      (items.length ? `<ul>${items.join('')}</ul>` : `<p>${escapeHtml(sm.noProblems)}</p>`) +
      '</section>'
    );
  });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(sm.previewTitle)} · ${escapeHtml(options.title)}</title>
<style>${STYLE}</style>
<script type="module" src="${escapeHtml(options.loaderUrl)}"></script>
</head>
<body>
<header>
<h1>${escapeHtml(sm.previewTitle)} · ${escapeHtml(options.title)}</h1>
<p id="partner-src">${escapeHtml(sm.partnersUse(''))}<code>${src}</code></p>
<p><a href="/">${escapeHtml(sm.builderLink)}</a></p>
</header>
<div class="layout">
<main>${widgets.join('\n')}</main>
<aside aria-labelledby="report"><h2 id="report">${escapeHtml(sm.report)}</h2>${files.join('\n')}</aside>
</div>
</body>
</html>
`;
}
