/**
 * The address to share for the page a widget is on: the page's own, without the parameters that
 * only preview it (`now`, `theme`, `lang`: a shared link must show the programme as it is, in the
 * reader's language and theme, not the editor's preview of 30 May in dark mode).
 */
const PREVIEW_PARAMS = ['now', 'theme', 'lang', 'sx-now', 'sx-theme', 'sx-lang'];

/** `href` without preview parameters (an address that does not parse is returned as it is). */
export function shareUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  // Untouched addresses keep their exact form (searchParams re-encodes the whole query).
  if (!PREVIEW_PARAMS.some((name) => url.searchParams.has(name))) return href;
  for (const name of PREVIEW_PARAMS) url.searchParams.delete(name);
  return url.href;
}
