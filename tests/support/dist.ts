import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { inject } from 'vitest';
import { readContentFiles } from '../../src/build/content-files.ts';
import {
  type ParsedEntry,
  type ParsedFaq,
  type ValidationResult,
  validateContent,
} from '../../src/lib/validate/index.ts';

export const siteDir = (): string => inject('siteDir');
/** The same site built to be served under a base path (tests/support/global-setup.ts). */
export const baseSiteDir = (): string => inject('baseSiteDir');

const cache = new Map<string, HTMLElement>();
/** A built page by its URL path ("/countries/sweden/"), parsed; from the base-path build with `dir`. */
export function page(urlPath: string, dir: string = siteDir()): HTMLElement {
  const key = `${dir}|${urlPath}`;
  let doc = cache.get(key);
  if (!doc) {
    const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
    doc = parse(readFileSync(join(dir, file), 'utf8'));
    cache.set(key, doc);
  }
  return doc;
}

export function readBuilt(path: string): Buffer {
  return readFileSync(join(siteDir(), path));
}

/** Every file of the built site, as paths relative to its root with forward slashes. */
export function builtFiles(root: string = siteDir()): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else out.push(relative(root, p).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** HTML pages as URL paths: "countries/sweden/index.html" → "/countries/sweden/". */
export function builtPages(root: string = siteDir()): string[] {
  return builtFiles(root)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f}`.replace(/index\.html$/, ''));
}

let content: ValidationResult | undefined;
function readContent(): ValidationResult {
  content ??= validateContent(readContentFiles('content'), { today: '9999-12-31' });
  return content;
}
/** The entries of content/, read and validated the way the build does. */
export function contentEntries(): ParsedEntry[] {
  return readContent().entries;
}
/** The FAQ answers of content/faq/. */
export function contentFaqs(): ParsedFaq[] {
  return readContent().faqs;
}
