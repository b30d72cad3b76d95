// The site's Content-Security-Policy, written once: every page carries it in a <meta> tag (BaseLayout,
// EmbedLayout, the embed pages of the data-file process) and public/_headers sends it as a header,
// with frame-ancestors, which only a header can carry (a test holds the two to this text).
//
// It names no hashes: no page has an inline script or style (tests/site/security.test.ts), so the
// policy is the same on every page. Astro's own policy feature (`security.csp`) hashed the loaders of
// its islands, which this site never uses, on every page: 5 s of CPU at 10,000 entries and 275 bytes
// gzipped per page, for hashes nothing needed.

/** What each directive allows. Search loads Pagefind's WebAssembly and worker; data: images are its icons. */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['worker-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The policy of every page, as its <meta> tag carries it. */
export const SITE_CSP = DIRECTIVES.map(([name, sources]) => `${name} ${sources}`).join('; ');

/** The policy as a header sends it: the page's, and who may frame the page (`'none'`, or `*` for embeds). */
export function headerCsp(frameAncestors: "'none'" | '*'): string {
  return `${SITE_CSP}; frame-ancestors ${frameAncestors}`;
}
