// A site served under a base path (GitHub project pages: /huawei-tracker/): every page is built with
// site paths ("/countries/sweden/", from src/lib/urls.ts and the Markdown bodies), and this puts
// them under the base once the page is written. Only attributes that hold an address are touched, and
// only values that start with one slash (a site path, not "//host" or "https://").

const ATTRIBUTE = /(\s(?:href|src|action|poster|data-[a-z-]+)=")(\/(?!\/)[^"]*)"/g;
const SRCSET = /(\ssrcset=")([^"]*)"/g;

/** The HTML of a page with its site paths under `base` ("/huawei-tracker/"); unchanged for "/". */
export function rebaseHtml(html: string, base: string): string {
  if (base === '/') return html;
  const prefix = base.slice(0, -1);
  const under = (path: string) => (path.startsWith(`${base}`) || path === prefix ? path : `${prefix}${path}`);
  return html
    .replace(ATTRIBUTE, (_, attr: string, path: string) => `${attr}${under(path)}"`)
    .replace(
      SRCSET,
      (_, attr: string, list: string) =>
        `${attr}${list
          .split(',')
          .map((part) => part.trim().replace(/^\/(?!\/)\S*/, (p) => under(p)))
          .join(', ')}"`,
    );
}
