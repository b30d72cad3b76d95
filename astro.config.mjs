// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { config } from './src/config.ts';
import { outputs } from './src/integrations/outputs.ts';
import { safeMarkdown } from './src/integrations/safe-markdown.ts';
import { statusColorsCss } from './src/integrations/status-css.ts';

/** Entry pages' last-modified dates, filled by the outputs integration for the sitemap. */
const lastmod = new Map();

// A build to publish needs its address and a corrections channel (scripts/build.ts says so first).
if (config.publishProblems.length) throw new Error(config.publishProblems.join('\n'));
// The public address, split as Astro wants it: the origin, and the path the site is served under.
const site = new URL(config.siteUrl);

export default defineConfig({
  site: site.origin,
  base: config.base,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') strips the whitespace between elements, which glues words together
  // in Pagefind's index ("StatusBanned"); `true` keeps one space.
  compressHTML: true,
  // Rendering four pages at a time overlaps file writes with rendering: -15% build time at 2,000 entries.
  // Stylesheets stay files, each page linking those of the components it renders: an inline <style>
  // would need its hash in the policy, which names none (src/lib/csp.ts).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [
    // Order matters: the outputs' build:done fills `lastmod` before the sitemap's runs.
    outputs({
      contentDir: config.contentDir,
      buildDate: config.buildDate,
      validated: config.validatedContent,
      lastmod,
    }),
    sitemap({
      // Pages made to be framed elsewhere (/embed/) ask search engines to skip them.
      filter: (page) => !new URL(page).pathname.startsWith('/embed/'),
      serialize: (item) => {
        const date = lastmod.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date } : item;
      },
    }),
  ],
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [safeMarkdown] }) },
  devToolbar: { enabled: false },
  // Keep every script an external file: the policy (src/lib/csp.ts) allows no inline script.
  vite: { build: { assetsInlineLimit: 0 }, plugins: [statusColorsCss()] },
});
