// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// The public address, used for canonical URLs, the sitemap and feeds. Set SITE_URL when publishing.
const site = process.env.SITE_URL ?? 'https://huawei-tracker.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') strips the whitespace between elements, which glues words together
  // in Pagefind's index ("StatusBanned"); `true` keeps one space.
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [sitemap({ filter: (page) => !page.includes('/404') })],
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Keep the search script an external file: a host's CSP header (public/_headers) cannot carry
  // the hashes Astro puts in the meta policy, so an inlined script would be blocked there.
  vite: { build: { assetsInlineLimit: 0 } },
  security: {
    csp: {
      // Search loads Pagefind's WebAssembly; nothing else runs code.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "worker-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
