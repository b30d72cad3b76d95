// @ts-check
import { defineConfig } from 'astro/config';
import { SITE_URL } from './src/data/site.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') strips the whitespace between elements, which glues words together
  // in Pagefind's index ("StatusBanned"); `true` keeps one space.
  compressHTML: true,
  // Rendering four pages at a time overlaps file writes with rendering: -15% build time at 2,000 entries.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Each build shard keeps its own cache (scripts/build.ts); the default otherwise.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
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
