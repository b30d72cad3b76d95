// The Content-Security-Policy Astro writes into each page's <meta> tag allows, by hash, every inline
// script and style it might put on any page: the loaders of its client directives (islands, which this
// site never uses) among them. No page has an inline script (tests/site/security.test.ts) and the
// _headers policy allows none, so those hashes are dead weight: about 275 bytes gzipped on every
// page. This keeps only the hashes of the inline scripts and styles the page itself carries, which
// makes each page's policy as narrow as its content.

/** The hash algorithms a policy may name, as `'sha256-…'`. */
export type HashAlgorithm = 'sha256' | 'sha384' | 'sha512';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const HASH = / ?'(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)'/g;

/**
 * The page with the hash sources of its meta policy cut to those of its own inline scripts and
 * styles. `digest` is the base64 hash of a text with an algorithm (node:crypto in the build).
 */
export function pruneCspHashes(html: string, digest: (algorithm: HashAlgorithm, text: string) => string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const inline = [...html.matchAll(INLINE)]
    .filter(([, , attributes]) => !/\ssrc=/i.test(attributes ?? ''))
    .map(([, , , text]) => text ?? '');
  const policy = meta[2]!.replace(HASH, (source: string, algorithm: HashAlgorithm, value: string) =>
    inline.some((text) => digest(algorithm, text) === value) ? source : '',
  );
  return html.replace(META, (_, open: string, __: string, close: string) => `${open}${policy}${close}`);
}
