// @ts-check
// A bare Astro project for the benchmark's baseline: the same Markdown files, one page per entry,
// no integrations, no search, no other pages. `npm run bench` builds it with the main project's
// node_modules: node node_modules/astro/bin/astro.mjs build --root scripts/bench/bare-astro --outDir <dir>
import { defineConfig } from 'astro/config';

const cacheDir = process.env['BARE_ASTRO_CACHE_DIR'];

export default defineConfig({
  compressHTML: true,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Astro's content store and Vite's dependency cache: the benchmark points them at a fresh temporary
  // folder, so every build starts cold and nothing is written under scripts/.
  ...(cacheDir ? { cacheDir, vite: { cacheDir: `${cacheDir}/vite` } } : {}),
});
