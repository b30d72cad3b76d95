// Pages other sites may show in an <iframe>: an entry's status card (/embed/<kind>/<slug>/), written
// here as plain HTML by the data-file process — 10,000 entries would cost Astro seconds of routes —
// with one small stylesheet; and the HTML snippet that embeds a page, shown on the page it shows.
// The maps' embed pages are Astro pages (src/pages/embed/map/), which draw the map as the site does.
import { SITE_CSP } from '../csp.ts';
import { formatDate } from '../dates.ts';
import { escapeHtml } from '../escape.ts';
import { KIND_INFO, type Kind } from '../kinds.ts';
import { STATUS_COLORS, STATUS_INFO, STATUSES, statusLabel, type Status } from '../status.ts';
import { shareUrls } from './urls.ts';

/** The policy of a page written outside Astro, in its <meta> tag: the site's own. frame-ancestors is a header's job. */
export const EMBED_META_CSP = SITE_CSP;

/** The size the snippets ask for: an entry's card, and a map with its legend. */
export const EMBED_SIZE = {
  entry: { width: 420, height: 220 },
  map: { width: 760, height: 620 },
} as const;

/** The HTML another site pastes: an iframe with a title (its accessible name), lazy-loaded. */
export function embedSnippet({
  src,
  title,
  width,
  height,
}: {
  src: string;
  title: string;
  width: number;
  height: number;
}): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${width}" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** The iframe's title for an entry's card. */
export function entryEmbedTitle(name: string, siteName: string): string {
  return `${name}: status towards Huawei (${siteName})`;
}

export interface EmbedEntry {
  kind: Kind;
  slug: string;
  url: string;
  name: string;
  status: Status;
  sinceEvent?: { date: string; approximate?: boolean | undefined } | undefined;
}

export interface EmbedContext {
  siteName: string;
  /** The public address, for the canonical link. */
  site: URL;
  /** The date of the data (the build date), YYYY-MM-DD. */
  buildDate: string;
}

const time = (date: string, text: string) => `<time datetime="${escapeHtml(date)}">${escapeHtml(text)}</time>`;

/** An entry's embeddable card: name, status badge, since when, the date of the data, a link back. */
export function entryEmbedHtml(entry: EmbedEntry, ctx: EmbedContext): string {
  const label = statusLabel(entry.status, entry.kind);
  const info = STATUS_INFO[entry.status];
  const since = entry.sinceEvent
    ? ` <span class="embed__since">since ${time(entry.sinceEvent.date, formatDate(entry.sinceEvent.date, entry.sinceEvent.approximate ?? false))}</span>`
    : '';
  const page = escapeHtml(entry.url);
  const title = `${entry.name}: ${label} — ${ctx.siteName}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="content-security-policy" content="${EMBED_META_CSP}">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="canonical" href="${escapeHtml(new URL(entry.url, ctx.site).href)}">
<link rel="stylesheet" href="${shareUrls.embedCss()}">
<base target="_blank">
</head>
<body>
<main class="embed">
<p class="embed__kind">${escapeHtml(KIND_INFO[entry.kind].singular)}</p>
<h1 class="embed__name"><a href="${page}">${escapeHtml(entry.name)}</a></h1>
<p class="embed__status"><span class="badge badge--${entry.status}"><span aria-hidden="true">${info.symbol}</span> ${escapeHtml(label)}</span>${since}</p>
<p class="embed__foot">Data as of ${time(ctx.buildDate, formatDate(ctx.buildDate))} · <a href="${page}">Sources and timeline on ${escapeHtml(ctx.siteName)}</a></p>
</main>
</body>
</html>
`;
}

/** The stylesheet of the entries' embeds: the site's colours in both themes, and the card's layout. */
export function embedCss(): string {
  const theme = (t: 'light' | 'dark') =>
    STATUSES.map((s) => `--${s}: ${STATUS_COLORS[s][t].text}; --${s}-bg: ${STATUS_COLORS[s][t].bg};`).join(' ');
  const badges = STATUSES.map((s) => `.badge--${s} { color: var(--${s}); background: var(--${s}-bg); }`).join('\n');
  return `/* The embeddable status cards (/embed/<kind>/<slug>/). Written from src/lib/share/embed.ts. */
:root { color-scheme: light dark; --bg: #ffffff; --text: #1b1f24; --muted: #57606a; --link: #0a57b8; --border: #d0d7de; ${theme('light')} }
@media (prefers-color-scheme: dark) {
  :root { --bg: #111418; --text: #e6e8eb; --muted: #a4adb7; --link: #7cb7ff; --border: #38414b; ${theme('dark')} }
}
*, *::before, *::after { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; line-height: 1.5; }
body { margin: 0; background: var(--bg); color: var(--text); }
a { color: var(--link); }
a:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.embed { padding: 0.75rem 1rem; border: 1px solid var(--border); border-radius: 0.5rem; margin: 0.25rem; }
.embed p { margin: 0.25rem 0; }
.embed__kind, .embed__foot, .embed__since { color: var(--muted); font-size: 0.875rem; }
.embed__name { font-size: 1.5rem; line-height: 1.2; margin: 0.25rem 0 0.5rem; }
.embed__name a { color: inherit; }
.embed__status { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
.badge { display: inline-flex; align-items: center; gap: 0.3em; padding: 0.1em 0.6em; border-radius: 999px; border: 1px solid currentColor; font-weight: 600; white-space: nowrap; }
${badges}
`;
}

/** Every entry's embed page and the stylesheet they share. */
export function entryEmbedPath(kind: Kind, slug: string): string {
  return `${shareUrls.embedEntry(kind, slug)}index.html`;
}
