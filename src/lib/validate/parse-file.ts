import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { ENTRY_SCHEMAS, FaqSchema, KEBAB_RE, type EntryData, type FaqData } from '../schema/index.ts';
import { KINDS } from '../kinds.ts';
import { formatFieldPath, type ValidationIssue } from './issue.ts';
import { checkMarkdown } from './markdown.ts';
import type { RawEntry } from '../entries.ts';

/** Context belongs in short prose; a longer body is almost always pasted text. */
export const MAX_BODY_BYTES = 50_000;

export interface ContentFile {
  /** Path shown in messages, relative to the project root: `content/countries/sweden.md`. */
  file: string;
  /** Path inside the content folder, with forward slashes: `countries/sweden.md`. */
  relPath: string;
  bytes: Uint8Array;
}

/** An entry file once parsed: the validated entry the site is built from, with its file and body. */
export interface ParsedEntry extends RawEntry {
  type: 'entry';
  file: string;
  body: string;
}

export interface ParsedFaq {
  type: 'faq';
  file: string;
  slug: string;
  data: FaqData;
  body: string;
}

export type ParsedDoc = ParsedEntry | ParsedFaq;

/** The folders of content/ and the schema each one's files must follow. */
export const FOLDERS = [...KINDS, 'faq'] as const;
type Folder = (typeof FOLDERS)[number];
const SCHEMAS: Record<Folder, z.ZodType<EntryData | FaqData>> = { ...ENTRY_SCHEMAS, faq: FaqSchema };

const FILE_RE = /^([^/]+)\/([^/]+)\.md$/;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Gray-matter with js-yaml's core schema: no timestamps (so an impossible `2019-02-30` is not rolled
 * over to March), no custom tags (`!!js/function` is an error), and `yaml.load` never runs code.
 */
const matterOptions = {
  engines: { yaml: (s: string) => yaml.load(s, { schema: yaml.CORE_SCHEMA }) as object },
};

type Add = (field: string, message: string) => void;

/** Where the file is: `<folder>/<slug>.md`, with a known folder. Undefined when it is not an entry's place. */
function locate(relPath: string, add: Add): { folder: Folder; slug: string } | undefined {
  const m = FILE_RE.exec(relPath);
  const folder = m?.[1];
  if (!m || !FOLDERS.includes(folder as Folder)) {
    add('(file)', `is not where entries live: content/<kind>/<slug>.md, with kind one of ${KINDS.join(', ')} (or faq)`);
    return undefined;
  }
  const slug = m[2]!;
  if (!KEBAB_RE.test(slug)) {
    add('(file)', `file name "${slug}.md" is not a valid slug: use lowercase kebab-case, e.g. "united-kingdom.md"`);
  }
  return { folder: folder as Folder, slug };
}

/** The text of the file, with a byte-order mark and Windows line endings accepted on purpose. */
function decode(bytes: Uint8Array, add: Add): string | undefined {
  try {
    return decoder
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
  } catch {
    add('(file)', 'is not valid UTF-8 text: save it as UTF-8');
    return undefined;
  }
}

/** Frontmatter data and body, after checking the `---` fences and the YAML. */
function splitFrontmatter(text: string, add: Add): { data: unknown; content: string } | undefined {
  if (text.trim() === '') return void add('(file)', 'is empty: an entry needs frontmatter between --- lines');
  if (!text.startsWith('---\n')) return void add('(frontmatter)', 'missing: the file must start with a line "---"');
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return void add('(frontmatter)', 'not closed: add a line "---" after the last field');
  }
  try {
    // Passing options also keeps gray-matter from returning a cached parse of identical text.
    return matter(text, { ...matterOptions });
  } catch (error) {
    const { field, message } = describeYamlError(error, text);
    return void add(field, `not valid YAML: ${message}`);
  }
}

/** The frontmatter checked against its folder's schema, every problem reported. */
function checkShape(folder: Folder, data: unknown, add: Add): EntryData | FaqData | undefined {
  if (data === null || typeof data !== 'object' || Object.keys(data).length === 0) {
    return void add('(frontmatter)', 'is empty: see content/_template.md');
  }
  const result = SCHEMAS[folder].safeParse(data);
  if (result.success) return result.data;
  for (const i of result.error.issues) {
    if (i.code === 'unrecognized_keys') {
      for (const key of i.keys) {
        add(formatFieldPath([...i.path, key]), 'is not a field of this format (see content/_template.md)');
      }
    } else {
      add(formatFieldPath(i.path), humanMessage(i, data));
    }
  }
  return undefined;
}

/** Parse and check one content file on its own. Returns it when it is valid, and every issue found. */
export function parseContentFile({ file, relPath, bytes }: ContentFile): {
  doc?: ParsedDoc;
  issues: ValidationIssue[];
} {
  const issues: ValidationIssue[] = [];
  const add: Add = (field, message) => issues.push({ file, field, message });
  const place = locate(relPath, add);
  const text = place && decode(bytes, add);
  const parsed = text === undefined ? undefined : splitFrontmatter(text, add);
  if (!place || !parsed) return { issues };
  checkBody(parsed.content, add);
  const data = checkShape(place.folder, parsed.data, add);
  if (!data || issues.length) return { issues };
  const { folder, slug } = place;
  const body = parsed.content;
  const doc: ParsedDoc =
    folder === 'faq'
      ? { type: 'faq', file, slug, data: data as FaqData, body }
      : { type: 'entry', file, kind: folder, slug, data: data as EntryData, body };
  return { doc, issues };
}

/** One entry file (countries, companies, organizations). */
export function parseEntryFile(file: ContentFile): { entry?: ParsedEntry; issues: ValidationIssue[] } {
  const { doc, issues } = parseContentFile(file);
  return doc?.type === 'entry' ? { entry: doc, issues } : { issues };
}

function humanMessage(issue: z.core.$ZodIssue, data: object): string {
  if (valueAt(data, issue.path) === undefined) return 'is required';
  return issue.message;
}

/** Name the field on the line js-yaml stopped at, and give the line number in the file. */
function describeYamlError(error: unknown, text: string): { field: string; message: string } {
  const e = error as { reason?: string; message?: string; mark?: { line: number } };
  const reason = e.reason ?? e.message?.split('\n')[0] ?? 'unreadable';
  if (!e.mark) return { field: '(frontmatter)', message: reason };
  // gray-matter hands js-yaml the text from the end of the opening "---", newline included, so
  // js-yaml's 0-based line number is the 1-based line number in the file minus one.
  const fileLine = e.mark.line + 1;
  const key = /^\s*(?:-\s*)?([A-Za-z][\w-]*)\s*:/.exec(text.split('\n')[fileLine - 1] ?? '')?.[1];
  return { field: key ?? '(frontmatter)', message: `${reason} (line ${fileLine})` };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function checkBody(body: string, add: Add): void {
  const size = new TextEncoder().encode(body).length;
  if (size > MAX_BODY_BYTES) {
    add(
      '(body)',
      `is ${Math.round(size / 1000)} KB; the limit is ${MAX_BODY_BYTES / 1000} KB: keep context short and put facts in events`,
    );
  }
  for (const problem of checkMarkdown(body)) add('(body)', problem.message);
}
