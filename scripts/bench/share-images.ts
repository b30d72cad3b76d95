// What the social cards and map downloads cost: draws them for a content folder into a temporary
// folder, first with an empty cache (a build on a new day, or a first build), then again with the
// cache it filled (a rebuild), and prints the time and CPU of each. A command, not a test.
//
//   node scripts/bench/share-images.ts [content-dir] [build-date]
//   (node scripts/bench/generate.ts /tmp/c10k 10000 makes the benchmark's 10,000 entries)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readContentFiles } from '../../src/build/content-files.ts';
import { writeShareImages } from '../../src/build/write-share.ts';
import { PREVIEW_SITE_URL } from '../../src/lib/config.ts';
import { buildEntries } from '../../src/lib/entries.ts';
import { SITE_NAME } from '../../src/lib/site.ts';
import { validateContent } from '../../src/lib/validate/index.ts';

const [contentDir = 'content', buildDate = '2026-11-22'] = process.argv.slice(2);
const { entries, coverage, issues } = validateContent(readContentFiles(resolve(contentDir)), { today: buildDate });
if (issues.length) throw new Error(`${issues.length} problem(s) in ${contentDir}: run the validator`);
const views = buildEntries(entries);
const dir = mkdtempSync(join(tmpdir(), 'share-images-'));
try {
  for (const pass of ['empty cache', 'filled cache']) {
    const cpu = process.cpuUsage();
    const r = await writeShareImages(join(dir, pass.replace(' ', '-')), views, {
      site: new URL(PREVIEW_SITE_URL),
      siteName: SITE_NAME,
      buildDate,
      searched: coverage?.items ?? {},
      cacheDir: join(dir, 'cache'),
    });
    const used = process.cpuUsage(cpu);
    const ms = (s: number, n: number) => `${((s * 1000) / Math.max(n, 1)).toFixed(1)} ms each`;
    console.log(
      `${entries.length.toLocaleString('en')} entries, ${pass}: ${r.cards} cards in ${r.cardSeconds.toFixed(1)} s (${ms(r.cardSeconds, r.cards)}), ` +
        `${r.maps} map downloads in ${r.mapSeconds.toFixed(1)} s (${ms(r.mapSeconds, r.maps)}); ` +
        `${r.drawn} drawn, ${r.fromCache} from the cache; ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
