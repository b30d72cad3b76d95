// Benchmark content made of the real entries: the content folder as it is, then copies of its
// entries, in turn, until there are n. A copy keeps every event, source, summary and body as written
// (the real density: more events and sources per entry than generate.ts writes); only what must stay
// unique changes — the file name, the name and the aliases get a number. There are only so many
// countries, so a copy of a country is a company headquartered there (with the same events, which a
// company's rules allow); a copy of an operator drops `operates`, or each country page would list
// dozens of copies of its operators, which no real country has.
//
//   node scripts/bench/from-content.ts <dir> <n> [content]
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Kind } from '../../src/lib/kinds.ts';
import type { GeneratedContent, GeneratedEntry } from './generate.ts';

const KINDS: readonly Kind[] = ['countries', 'companies', 'organizations'];
const FRONT = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/;

interface Source {
  kind: Kind;
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

function readEntries(contentDir: string): Source[] {
  return KINDS.flatMap((kind) =>
    readdirSync(join(contentDir, kind))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((file) => {
        const text = readFileSync(join(contentDir, kind, file), 'utf8');
        const m = FRONT.exec(text);
        if (!m) throw new Error(`${kind}/${file}: no front matter`);
        // CORE_SCHEMA keeps dates as the strings authors wrote; dumping with the default schema
        // quotes them again, so the build reads the copy exactly as it reads the original.
        const data = yaml.load(m[1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
        return { kind, slug: file.slice(0, -3), data, body: m[2]! };
      }),
  );
}

/** Copy number k (from 2) of an entry: the kind it becomes and its front matter. */
function copyOf(source: Source, k: number): { kind: Kind; slug: string; data: Record<string, unknown> } {
  const { iso2, operates, aliases, ...rest } = source.data as {
    iso2?: string;
    operates?: unknown;
    aliases?: string[];
  } & Record<string, unknown>;
  void operates;
  const data: Record<string, unknown> = { ...rest, name: `${String(source.data['name'])} ${k}` };
  if (aliases?.length) data['aliases'] = aliases.map((a) => `${a} ${k}`);
  if (iso2) data['country'] = iso2;
  // Keys in the order authors write them: name, aliases, the kind's fields, then the rest.
  const ordered = Object.fromEntries(
    ['name', 'aliases', 'country', ...Object.keys(data)]
      .filter((key, i, all) => key in data && all.indexOf(key) === i)
      .map((key) => [key, data[key]]),
  );
  return { kind: source.kind === 'countries' ? 'companies' : source.kind, slug: `${source.slug}-${k}`, data: ordered };
}

/** The content folder copied into dir, then copies of its entries until there are n in all. */
export function contentCopies(dir: string, n: number, contentDir = 'content'): GeneratedContent {
  cpSync(contentDir, dir, { recursive: true });
  const sources = readEntries(contentDir);
  const entries: GeneratedEntry[] = sources.map(({ kind, slug, data }) => ({
    kind,
    slug,
    name: String(data['name']),
    events: (data['events'] as unknown[]).length,
  }));
  let bytes = sources.reduce(
    (sum, s) => sum + Buffer.byteLength(readFileSync(join(contentDir, s.kind, `${s.slug}.md`))),
    0,
  );
  for (let i = 0; entries.length < n; i++) {
    const source = sources[i % sources.length]!;
    const copy = copyOf(source, Math.floor(i / sources.length) + 2);
    const front = yaml.dump(copy.data, { lineWidth: 110, noRefs: true, quotingType: "'" });
    const text = `---\n${front}---\n${source.body}`;
    writeFileSync(join(dir, copy.kind, `${copy.slug}.md`), text);
    bytes += Buffer.byteLength(text);
    entries.push({
      kind: copy.kind,
      slug: copy.slug,
      name: String(copy.data['name']),
      events: (copy.data['events'] as unknown[]).length,
    });
  }
  const counts = { countries: 0, companies: 0, organizations: 0 } as Record<Kind, number>;
  for (const e of entries) counts[e.kind]++;
  return { entries, counts, events: entries.reduce((sum, e) => sum + e.events, 0), bytes };
}

if (import.meta.main) {
  const [dir, n, content] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('Usage: node scripts/bench/from-content.ts <dir> <n> [content]');
    process.exit(1);
  }
  const result = contentCopies(dir, Number(n), content);
  console.log(
    `✓ ${result.entries.length} entries, ${result.events} events, ${(result.bytes / 1e6).toFixed(1)} MB in ${dir}`,
    result.counts,
  );
}
