// Synthetic but valid content for the benchmark: n entries shaped like the real ones (names and
// aliases, ~5 dated events with sources, a short body, related links), written as
// <dir>/<kind>/<slug>.md. Everything comes from a seeded PRNG, so a seed always gives the same files.
//
//   node scripts/bench/generate.ts <dir> <n> [seed]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import yaml from 'js-yaml';
import { daysInMonth } from '../../src/lib/calendar-date.ts';
import { EVENT_TYPES, EVIDENCE_GRADES, SCOPES, type EventType, type Scope } from '../../src/lib/schema/event.ts';
import { REGIONS } from '../../src/lib/schema/entry.ts';
import { STATUSES, type Status } from '../../src/lib/status.ts';
import type { Kind } from '../../src/lib/kinds.ts';
import { latestStatusEvent } from '../../src/lib/timeline.ts';
import { normalizeName } from '../../src/lib/validate/rules.ts';
import { BINDING_TYPES, DEPLOYMENT_TYPES, NON_STATE_TYPES, STRONG_EVIDENCE } from '../../src/lib/evidence.ts';

/**
 * Share of each kind: countries ~40%, companies ~50%, organizations ~10% — but there are only so
 * many countries: beyond one per ISO code, the record grows in companies, as it would in reality.
 */
const KIND_SHARE: Record<Kind, number> = { countries: 0.4, companies: 0.5, organizations: 0.1 };
const ISO_CODES = Object.keys(countries.getAlpha2Codes()).sort();
/** Every date lies in this window, well before any build date the benchmark uses. */
const FIRST_YEAR = 2012;
const LAST_MONTH = '2026-06';

export interface GeneratedEntry {
  kind: Kind;
  slug: string;
  name: string;
  events: number;
}

export interface GeneratedContent {
  entries: GeneratedEntry[];
  counts: Record<Kind, number>;
  events: number;
  bytes: number;
}

/** Deterministic PRNG (mulberry32). */
function makeRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number): boolean => next() < p;
  /** k distinct items, in their original order. */
  const sample = <T>(items: readonly T[], k: number): T[] => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(k, items.length)) chosen.add(Math.floor(next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((i) => items[i]!);
  };
  return { next, int, pick, chance, sample };
}
type Random = ReturnType<typeof makeRandom>;

const ONSETS = [
  'b',
  'br',
  'd',
  'dr',
  'f',
  'g',
  'gr',
  'k',
  'kl',
  'l',
  'm',
  'n',
  'p',
  'pr',
  'r',
  's',
  'st',
  't',
  'tr',
  'v',
  'z',
  'h',
  'j',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 'm', 'th'];

/** A pronounceable made-up word of 2–3 syllables, capitalised: "Brandovel". */
function pseudoWord(r: Random): string {
  let word = '';
  for (let i = r.int(2, 3); i > 0; i--) word += r.pick(ONSETS) + r.pick(VOWELS) + (i === 1 ? r.pick(CODAS) : '');
  return word[0]!.toUpperCase() + word.slice(1);
}

const COMPANY_SUFFIXES = [
  'Telecom',
  'Mobile',
  'Networks',
  'Communications',
  'Telekom',
  'Digital',
  'Broadband',
  'Wireless',
  'Systems',
  'Semiconductor',
  'Cloud',
  'Electronics',
  'Connect',
  'Group',
];
const ORG_FORMS = [
  '{} Union',
  '{} Alliance',
  'University of {}',
  '{} Cooperation Council',
  '{} Security Agency',
  '{} Standards Institute',
  '{} Economic Community',
];
const COUNTRY_ALIAS_FORMS = ['Republic of {}', 'Kingdom of {}', 'Federal Republic of {}', '{} Islands', 'State of {}'];

const WORDS = (
  'the government operators network networks equipment vendor vendors security review law regulator ministry ' +
  'decision contract agreement rollout core radio access spectrum auction licence licences fibre backbone broadband ' +
  'mobile national risk high-risk supplier suppliers parliament committee report reports statement minister cabinet ' +
  'officials said says announced confirmed plans plan would could will after before while during under over about ' +
  'with without from into against between its their this that these those new existing older replacement removal ' +
  'deadline phase-out ban restriction restrictions exclusion permitted allowed approved rejected delayed paused ' +
  'signed extended tender tenders procurement public private company companies telecom telecoms data centre cloud ' +
  'chips software services devices phones handsets base stations antennas transmission towers regional local ' +
  'federal state agency authority court ruling appeal case investigation audit assessment guidance rules criteria ' +
  'foreign domestic trusted untrusted partner partners deal deals investment cost costs billion million years months ' +
  'first second third end start early late later earlier since until within across several two three most some ' +
  'all no other more less further also again only still already not yet both either each per cent share market ' +
  'customers subscribers coverage rural urban capital city cities region regions programme project pilot trial ' +
  'tests testing certification standard standards framework strategy policy policies debate vote votes bill act'
).split(' ');

/** One sentence of 8–22 words, mostly common words with an occasional proper name. */
function sentence(r: Random, names: readonly string[], min = 8, max = 22): string {
  const words: string[] = [];
  for (let i = r.int(min, max); i > 0; i--)
    words.push(r.chance(0.12) ? (r.chance(0.5) ? r.pick(names) : pseudoWord(r)) : r.pick(WORDS));
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function sentences(r: Random, names: readonly string[], min: number, max: number): string {
  const out: string[] = [];
  for (let i = r.int(min, max); i > 0; i--) out.push(sentence(r, names));
  return out.join(' ');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date between FIRST_YEAR and LAST_MONTH: mostly to the day, sometimes to the month or the year. */
function randomDate(r: Random): string {
  const year = r.int(FIRST_YEAR, Number(LAST_MONTH.slice(0, 4)));
  const lastMonth = year === Number(LAST_MONTH.slice(0, 4)) ? Number(LAST_MONTH.slice(5)) : 12;
  const month = r.int(1, lastMonth);
  const p = r.next();
  if (p < 0.07) return String(year);
  if (p < 0.25) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(r.int(1, daysInMonth(year, month)))}`;
}

/** A source dated the same day as its event, or a few days later within the same month. */
function sourceDate(r: Random, eventDate: string): string {
  if (eventDate.length < 10 || r.chance(0.6)) return eventDate;
  const [y, m, d] = eventDate.split('-').map(Number) as [number, number, number];
  return `${y}-${pad(m)}-${pad(Math.min(d + r.int(0, 3), daysInMonth(y, m)))}`;
}

function kindCounts(n: number): Record<Kind, number> {
  const countries = Math.min(Math.round(n * KIND_SHARE.countries), ISO_CODES.length);
  const organizations = Math.round(n * KIND_SHARE.organizations);
  return { countries, companies: n - countries - organizations, organizations };
}

/** Names, aliases and slugs are all unique once normalised, as the validator requires. */
class NameRegistry {
  readonly #taken = new Set<string>();
  claim(name: string): boolean {
    const key = normalizeName(name);
    if (!key || this.#taken.has(key)) return false;
    this.#taken.add(key);
    return true;
  }
}

interface Plan {
  kind: Kind;
  name: string;
  slug: string;
  aliases: string[];
}

function planName(r: Random, kind: Kind, registry: NameRegistry): Plan {
  for (;;) {
    const base = pseudoWord(r);
    const name =
      kind === 'countries'
        ? base
        : kind === 'companies'
          ? `${base}${r.chance(0.3) ? ` ${pseudoWord(r)}` : ''} ${r.pick(COMPANY_SUFFIXES)}`
          : r.pick(ORG_FORMS).replace('{}', base);
    if (!registry.claim(name)) continue;
    const candidates =
      kind === 'countries'
        ? [r.pick(COUNTRY_ALIAS_FORMS).replace('{}', base), pseudoWord(r), `${base}ia`]
        : [
            name
              .split(' ')
              .map((w) => w[0])
              .join('')
              .toUpperCase(),
            `${base} ${kind === 'companies' ? 'Holdings' : 'Secretariat'}`,
            pseudoWord(r),
          ];
    const aliases = r.sample(candidates, r.int(0, 3)).filter((alias) => alias.length > 1 && registry.claim(alias));
    return { kind, name, slug: normalizeName(name).replace(/ /g, '-'), aliases };
  }
}

interface EventData {
  id: string;
  date: string;
  approximate?: boolean;
  title: string;
  detail?: string;
  status?: Status;
  scope?: Scope[];
  type: EventType;
  evidence: string;
  deadline?: string;
  deadlineOutcome?: string;
  note?: string;
  sources: Record<string, unknown>[];
}

/** YAML cannot hold undefined: leave absent optional fields out. */
function withoutUndefined<T extends object>(value: { [K in keyof T]-?: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function makeEvents(r: Random, plan: Plan, names: readonly string[], publishers: readonly string[]): EventData[] {
  const count = r.int(3, 7);
  const dates = Array.from({ length: count }, () => randomDate(r)).sort();
  const ids = new Set<string>();
  const events = dates.map((date, i): EventData => {
    let id = `${date.slice(0, 4)}-${normalizeName(sentence(r, WORDS, 2, 3)).replace(/ /g, '-')}`
      .slice(0, 60)
      .replace(/-+$/, '');
    while (ids.has(id)) id = `${id}-${i}`;
    ids.add(id);
    const approximate = date.length < 10 && r.chance(0.3);
    const title = sentence(r, names, 5, 14).slice(0, 150);
    const detail = r.chance(0.6) ? sentences(r, names, 1, 2) : undefined;
    const status = r.chance(0.45) ? r.pick(STATUSES.filter((s) => s !== 'no-decision')) : undefined;
    const scope = r.chance(0.4) ? r.sample(SCOPES, r.int(1, 3)) : undefined;
    // Countries and organizations follow the status rules: only the state's own acts set their
    // status, and a ban or restriction rests on a binding act with strong evidence.
    const state = plan.kind !== 'companies' && status !== undefined;
    const strong = state && (status === 'banned' || status === 'restricted');
    const type = strong
      ? r.pick([...BINDING_TYPES])
      : state
        ? r.pick(
            EVENT_TYPES.filter((t) => !NON_STATE_TYPES.has(t) && (status === 'permitted' || !DEPLOYMENT_TYPES.has(t))),
          )
        : r.pick(EVENT_TYPES);
    const evidence = strong ? r.pick([...STRONG_EVIDENCE]) : r.pick(EVIDENCE_GRADES);
    const deadlineYear = r.int(Number(date.slice(0, 4)) + 1, 2030);
    const deadline = r.chance(0.1) ? `${deadlineYear}${r.chance(0.5) ? '-12-31' : ''}` : undefined;
    // Deadlines from 2027 on are still ahead of any build this year; earlier ones have an outcome.
    const deadlineOutcome =
      deadline === undefined ? undefined : deadlineYear >= 2027 ? 'pending' : r.pick(['met', 'extended']);
    const note = r.chance(0.15) ? sentence(r, names) : undefined;
    const sources = Array.from({ length: r.int(1, 3) }, (_, j) => {
      const source: Record<string, unknown> = { publisher: r.pick(publishers), date: sourceDate(r, date) };
      if (r.chance(0.5)) source['title'] = sentence(r, names, 5, 12).slice(0, -1);
      if (r.chance(0.5)) source['url'] = `https://example.org/${plan.slug}/${id}-${j + 1}`;
      if (r.chance(0.2)) source['primary'] = true;
      return source;
    });
    // The act itself: a ban or restriction of a state, and any text graded official-text, cite a primary source.
    if (strong || evidence === 'official-text') sources[0]!['primary'] = true;
    // Keys in the order authors write them (content/_template.md).
    return withoutUndefined<EventData>({
      id,
      date,
      approximate: approximate || undefined,
      title,
      detail,
      status,
      scope,
      type,
      evidence,
      deadline,
      deadlineOutcome,
      note,
      sources,
    });
  });
  // About one entry in seven has no status-setting event and stays "no-decision"; the others keep at least one.
  if (r.chance(0.15)) for (const e of events) delete e.status;
  else if (!events.some((e) => e.status)) {
    const e = r.pick(events);
    e.status = 'under-review';
    if (plan.kind !== 'companies' && (NON_STATE_TYPES.has(e.type) || DEPLOYMENT_TYPES.has(e.type))) {
      e.type = 'government-decision';
    }
  }
  return events;
}

function entryFile(
  r: Random,
  plan: Plan,
  slugs: readonly string[],
  names: readonly string[],
  publishers: readonly string[],
  iso: readonly string[],
  countryCode: string | undefined,
) {
  const events = makeEvents(r, plan, names, publishers);
  const latest = latestStatusEvent(events);
  const data: Record<string, unknown> = { name: plan.name };
  if (plan.aliases.length) data['aliases'] = plan.aliases;
  if (plan.kind === 'countries') data['iso2'] = countryCode;
  else if (r.chance(0.7)) data['country'] = r.pick(iso);
  data['region'] = r.pick(REGIONS);
  data['status'] = latest?.status ?? 'no-decision';
  data['summary'] = `${plan.name} ${sentences(r, names, 1, 2).replace(/^./, (c) => c.toLowerCase())}`.slice(0, 480);
  data['lastVerified'] = `${LAST_MONTH}-${pad(r.int(1, 28))}`;
  const related = r.sample(slugs, r.int(0, 3)).filter((s) => s !== plan.slug);
  if (related.length) data['related'] = related;
  data['events'] = events;
  const body = Array.from({ length: r.int(1, 3) }, () => sentences(r, names, 2, 5)).join('\n\n');
  // Dates quoted, as the template asks ('2019-05' is a plain string to YAML, so dump leaves it bare).
  const front = yaml
    .dump(data, { lineWidth: 100, noRefs: true, quotingType: "'" })
    .replace(/^(\s*(?:- )?(?:date|deadline): )(\d{4}-\d{2})$/gm, "$1'$2'");
  return { text: `---\n${front}---\n\n${body}\n`, events: events.length };
}

/** Write n valid entries into dir/<kind>/<slug>.md; the same seed always writes the same files. */
export function generateContent(dir: string, n: number, seed = 1): GeneratedContent {
  const r = makeRandom(seed);
  const counts = kindCounts(n);
  const registry = new NameRegistry();
  const plans: Plan[] = [];
  for (const kind of Object.keys(counts) as Kind[])
    for (let i = 0; i < counts[kind]; i++) plans.push(planName(r, kind, registry));
  const slugs = plans.map((p) => p.slug);
  // Proper names that appear in running text: a sample of the generated names.
  const names = r.sample(
    plans.map((p) => p.name.split(' ')[0]!),
    200,
  );
  const publishers = Array.from(
    { length: 60 },
    () =>
      `${pseudoWord(r)} ${r.pick(['Times', 'Daily', 'Wire', 'Review', 'News', 'Post', 'Herald', 'Ministry', 'Regulator', 'Gazette'])}`,
  );
  const iso = ISO_CODES;
  // Each country gets its own code, in a seeded order.
  const countryCodes = r.sample(iso, counts.countries);
  let nextCountry = 0;

  const entries: GeneratedEntry[] = [];
  let events = 0;
  let bytes = 0;
  for (const kind of Object.keys(counts)) mkdirSync(join(dir, kind), { recursive: true });
  for (const plan of plans) {
    const file = entryFile(
      r,
      plan,
      slugs,
      names,
      publishers,
      iso,
      plan.kind === 'countries' ? countryCodes[nextCountry++] : undefined,
    );
    writeFileSync(join(dir, plan.kind, `${plan.slug}.md`), file.text);
    entries.push({ kind: plan.kind, slug: plan.slug, name: plan.name, events: file.events });
    events += file.events;
    bytes += Buffer.byteLength(file.text);
  }
  return { entries, counts, events, bytes };
}

if (import.meta.main) {
  const [dir, n, seed] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('Usage: node scripts/bench/generate.ts <dir> <n> [seed]');
    process.exit(1);
  }
  const result = generateContent(dir, Number(n), seed ? Number(seed) : 1);
  console.log(
    `✓ ${result.entries.length} entries, ${result.events} events, ${(result.bytes / 1e6).toFixed(1)} MB in ${dir}`,
    result.counts,
  );
}
