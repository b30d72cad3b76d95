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

const cache = new Map<string, HTMLElement>();
/** A built page by its URL path ("/countries/sweden/"), parsed. */
export function page(urlPath: string): HTMLElement {
  let doc = cache.get(urlPath);
  if (!doc) {
    const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
    doc = parse(readFileSync(join(siteDir(), file), 'utf8'));
    cache.set(urlPath, doc);
  }
  return doc;
}

export function readBuilt(path: string): Buffer {
  return readFileSync(join(siteDir(), path));
}

/** Every file of the built site, as paths relative to its root with forward slashes. */
export function builtFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else out.push(relative(siteDir(), p).split(sep).join('/'));
    }
  };
  walk(siteDir());
  return out.sort();
}

/** HTML pages as URL paths: "countries/sweden/index.html" → "/countries/sweden/". */
export function builtPages(): string[] {
  return builtFiles()
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
