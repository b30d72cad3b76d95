// The real build command: bad input stops `npm run build` (scripts/build.ts) with a message naming the
// file and the field — one fixture per stage of validation here; every rule's fixture is run
// in-process by tests/unit/validate-fixtures.test.ts —, a build to publish says what to configure,
// and a failed or interrupted build never touches the site already built.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED } from '../fixtures/invalid/expected.ts';
import { caseContentDir, FIXTURES, VALID_DIR } from '../support/fixtures.ts';

const BUILD_DATE = '2026-11-22';

/** A publishing build's settings, as the environment gives them (site.config.yaml leaves them empty). */
const PUBLISH = { SITE_URL: 'https://tracker.example.org', REPO_URL: 'https://example.org/huawei-tracker' };

function build(content: string, out: string, env: Record<string, string> = PUBLISH) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['SITE_URL', 'REPO_URL', 'CONTACT_EMAIL', 'SITE_PREVIEW'].includes(k)),
  );
  return spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
    encoding: 'utf8',
    env: { ...clean, BUILD_DATE, ...env },
  });
}

/** One malformed fixture for each stage of validation: the file, its YAML, the schema, the rules across entries. */
const STAGES = ['non-utf8-bytes', 'frontmatter-not-yaml', 'status-unknown', 'duplicate-name'] as const;

/** A fingerprint of a built site: every file and its contents. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else hash.update(p.slice(dir.length)).update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

describe('npm run build rejects malformed content at every stage', () => {
  it.each(STAGES.map((name) => [name, EXPECTED[name]!] as const))('%s', (name, [file, field, message]) => {
    const content = caseContentDir(join(FIXTURES, 'invalid', name));
    const out = join(mkdtempSync(join(tmpdir(), 'ht-out-')), 'dist');
    const result = build(content, out);
    expect(result.status).toBe(1);
    const shown = file.replace(/^content\//, '');
    const line = result.stderr.split('\n').find((l) => l.includes(`${shown} › ${field}: `));
    expect(line, result.stderr).toBeDefined();
    // Paths outside the project are shown in full; the message names the same files.
    expect(line!.replace(/\/tmp\/ht-case-[^/]+\//g, 'content/')).toContain(message);
    expect(result.stderr).toContain('Nothing was built');
    expect(existsSync(out)).toBe(false);
  });
});

describe('a build to publish', () => {
  it('without a public address, fails and says what to set', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ht-out-')), 'dist');
    const result = build(VALID_DIR, out, {});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'No public address: set siteUrl in site.config.yaml (or SITE_URL in the environment)',
    );
    expect(result.stderr).toContain('No way for readers to send corrections');
    expect(existsSync(out)).toBe(false);
  });
});

describe('atomic build', () => {
  const parent = mkdtempSync(join(tmpdir(), 'ht-atomic-'));
  const out = join(parent, 'dist');
  let before = '';

  beforeAll(() => {
    const first = build(VALID_DIR, out);
    expect(first.status, first.stderr).toBe(0);
    before = fingerprint(out);
  }, 180_000);

  afterAll(async () => {
    // Nothing half-built is left beside the site. The previous site is deleted in the background
    // after a swap, so give that removal a few seconds to finish.
    for (let i = 0; i < 100 && readdirSync(parent).length > 1; i++) await new Promise((r) => setTimeout(r, 100));
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('a failed build exits non-zero and leaves the previous site untouched', () => {
    const broken = caseContentDir(join(FIXTURES, 'invalid', 'status-disagrees-with-events'));
    const result = build(broken, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The previous site');
    expect(fingerprint(out)).toBe(before);
  });

  it('a build killed half-way leaves the previous site untouched, and the next build cleans up', async () => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--content', VALID_DIR, '--out', out], {
      env: { ...process.env, BUILD_DATE, ...PUBLISH },
      stdio: 'ignore',
      detached: true, // its own process group, so Astro dies with it
    });
    const work = `${out}.tmp-${child.pid}`;
    // Wait until Astro is writing the new site, then kill the whole build.
    for (let i = 0; i < 600 && !existsSync(join(work, '_astro')); i++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(work)).toBe(true);
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(fingerprint(out)).toBe(before);

    const next = build(VALID_DIR, out);
    expect(next.status, next.stderr).toBe(0);
    expect(existsSync(work)).toBe(false);
    expect(readdirSync(parent).filter((name) => name.includes(String(child.pid)))).toEqual([]);
    expect(fingerprint(out)).toBe(before); // same content and build date: the same site
  }, 180_000);
});
