// The production build. Astro builds everything (pages, data files and the search index through the
// outputs integration, the sitemap through @astrojs/sitemap); this script adds only what Astro cannot:
// 1. validate first and print the whole report (nothing is built from invalid content);
// 2. build into a temporary folder beside the output;
// 3. swap it into place, so a failed or killed build leaves the last good site untouched.
//
//   BUILD_DATE=2026-11-22 node scripts/build.ts [--out dist] [--content content] [--preview]
//
// --preview builds for `npm start`: every link points at the local preview address. Without it the
// build is for publishing, and needs site.config.yaml (or SITE_URL) to name the public address.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    content: { type: 'string', default: 'content' },
    preview: { type: 'boolean', default: false },
  },
});
// The settings are read once, here, after the mode is known; the build's other processes are handed
// the result rather than reading the deployment file again.
if (values.preview) process.env['SITE_PREVIEW'] = '1';
let config: typeof import('../src/config.ts').config;
try {
  ({ config } = await import('../src/config.ts'));
} catch (error) {
  console.error(`✗ site.config.yaml or the environment:\n  ${(error as Error).message.split('\n').join('\n  ')}`);
  process.exit(1);
}
if (config.publishProblems.length) {
  console.error(`✗ The site is not configured to be published:\n  ${config.publishProblems.join('\n  ')}`);
  process.exit(1);
}
const { runValidation } = await import('./validate.ts');
const { writeValidatedContent } = await import('../src/build/content-files.ts');
const outDir = resolve(values.out);
// Siblings of the output folder, so the final renames stay on one file system.
const tmpDir = `${outDir}.tmp-${process.pid}`;
// The validated content, for the data-file process (src/build/write-outputs.ts) to read instead of
// validating every file again.
const validatedFile = `${tmpDir}.validated`;
const oldDir = `${outDir}.old-${process.pid}`;
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

function abort(reason: string): never {
  rmSync(tmpDir, { recursive: true, force: true });
  rmSync(validatedFile, { force: true });
  const kept = existsSync(outDir) ? ` The previous site in ${values.out}/ is unchanged.` : '';
  console.error(`\n✗ ${reason}${kept}`);
  process.exit(1);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Leftovers of builds killed before they could clean up: `dist.tmp-<pid>`, `dist.old-<pid>`, `….data-<pid>`, `….validated`. */
function removeStaleTemporaries(): void {
  const prefix = `${basename(outDir)}.`;
  for (const name of readdirSync(dirname(outDir))) {
    const m = /^(?:tmp|old)-(\d+)(?:\.data-\d+|\.validated)?$/.exec(name.slice(prefix.length));
    if (name.startsWith(prefix) && m && !isRunning(Number(m[1])))
      rmSync(join(dirname(outDir), name), { recursive: true, force: true });
  }
}

function astroBuild(contentDir: string): Promise<number | string> {
  // The heap bound reaches the data-file process too, through NODE_OPTIONS.
  const nodeOptions = [process.env['NODE_OPTIONS'], `--max-old-space-size=${config.buildHeapMb}`].filter(Boolean);
  // --force clears Astro's content cache: it keys rendered Markdown by the file's content, not by the
  // Markdown plugins, so after a change to src/integrations/safe-markdown.ts it would ship stale HTML.
  // Re-rendering costs under a second at the real content.
  const child = spawn(process.execPath, [astroBin, 'build', '--force', '--outDir', tmpDir], {
    stdio: 'inherit',
    env: {
      ...process.env,
      BUILD_DATE: config.buildDate,
      SITE_URL: config.siteUrl,
      SITE_PREVIEW: config.preview ? '1' : '',
      ...(config.repoUrl ? { REPO_URL: config.repoUrl } : {}),
      ...(config.contactEmail ? { CONTACT_EMAIL: config.contactEmail } : {}),
      CONTENT_DIR: contentDir,
      VALIDATED_CONTENT: validatedFile,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: nodeOptions.join(' '),
    },
  });
  return new Promise((done) => child.on('close', (code, signal) => done(code ?? signal ?? 'unknown')));
}

function swap(): void {
  // The old site is moved aside first, so dist/ is never half-written.
  if (existsSync(outDir)) renameSync(outDir, oldDir);
  renameSync(tmpDir, outDir);
  // Deleting a large old site takes seconds: it happens in the background, and a removal cut
  // short is finished by the next build (removeStaleTemporaries).
  if (existsSync(oldDir)) spawn('rm', ['-rf', oldDir], { detached: true, stdio: 'ignore' }).unref();
}

async function main(): Promise<void> {
  const started = performance.now();
  removeStaleTemporaries();
  if (config.preview) console.log(`Preview build: every link points at ${config.siteUrl}.`);
  const validated = runValidation(values.content, config.buildDate);
  if (!validated.ok) abort('Validation failed.');
  writeValidatedContent(validatedFile, validated);
  const exit = await astroBuild(resolve(values.content)).finally(() => rmSync(validatedFile, { force: true }));
  if (exit !== 0) {
    // V8 aborts when the heap is full: say which setting raises it.
    const heap =
      exit === 'SIGABRT' || exit === 134
        ? ` If it ran out of memory, raise BUILD_HEAP_MB (now ${config.buildHeapMb}).`
        : '';
    abort(`astro build failed (exit ${exit}).${heap}`);
  }
  swap();
  console.log(
    `✓ Built ${values.out}/ for ${config.buildDate} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

await main();
