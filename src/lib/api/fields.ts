// What each field of the JSON API means, for the /data/ page. A unit test checks these lists
// against the zod schemas of src/lib/api/schema.ts, so a field cannot be added or dropped without
// being documented here.

/** [field, type, meaning] */
export type FieldDoc = readonly [name: string, type: string, meaning: string];

const DATE = 'date string';
const DATE_NOTE = 'YYYY, YYYY-MM or YYYY-MM-DD, at the precision the sources give';

/** The fields at the top of every API file. */
export const HEADER_FIELDS: readonly FieldDoc[] = [
  [
    '$schema',
    'URL',
    'The definition in schema.json that the file follows (…/schema.json#/$defs/EntryList, EntryDocument or EventList).',
  ],
  [
    'generated',
    'YYYY-MM-DD',
    'The date the site was built. It is the build date the files were made for, not the clock of the build machine.',
  ],
  ['license', 'object', 'content (CC-BY-4.0), contentUrl, attribution (the name to credit) and code (MIT).'],
];

/** An entry in entries.json. */
export const ENTRY_SUMMARY_FIELDS: readonly FieldDoc[] = [
  ['kind', 'string', 'countries, companies or organizations.'],
  [
    'slug',
    'string',
    'The file name of the entry and its URL segment: /<kind>/<slug>/. Never reused for another entry.',
  ],
  ['name', 'string', 'The name readers know it by; unique across the site.'],
  ['aliases', 'string[]', 'Other names people search for (“UK”, “Britain”); may be empty.'],
  ['iso2', 'string', 'Countries only: the ISO 3166-1 alpha-2 code (XK for Kosovo).'],
  [
    'country',
    'string',
    'Companies and organizations, when there is one: the ISO code of the headquarters or seat. Absent otherwise.',
  ],
  ['region', 'string', 'Africa, Americas, Asia, Europe, Middle East or Oceania.'],
  [
    'status',
    'string',
    'The current status: banned, restricted, under-review, permitted or no-decision (defined on the About page).',
  ],
  [
    'statusSince',
    `${DATE} or null`,
    'The date of the event that set the current status — the first of an unbroken run of events setting it, as the entry page says “since” — or null when no event sets one.',
  ],
  [
    'statusLabel',
    'string',
    'The status in words, as the site shows it; companies have their own wording (“Cut ties with Huawei”).',
  ],
  [
    'scopes',
    'object[]',
    'The status per part of the network, where events name one: scope, status, since (date) and eventId.',
  ],
  [
    'nextDeadline',
    'object or null',
    'The soonest deadline still ahead of the build date, else the latest passed one: date, outcome and eventId.',
  ],
  ['lastChanged', DATE, 'The date of the newest event.'],
  [
    'lastVerified',
    'YYYY-MM-DD',
    'The day the whole entry was last reviewed against its sources. Absent until it has been.',
  ],
  ['summary', 'string', 'One or two sentences, in our own words, stating the current position.'],
  ['url', 'URL', 'The entry page.'],
  ['apiUrl', 'URL', 'The entry as JSON: /api/v1/<kind>/<slug>.json.'],
];

/** What an entry document has beyond the fields of entries.json. */
export const ENTRY_DOCUMENT_FIELDS: readonly FieldDoc[] = [
  ['related', 'string[]', 'Slugs of the entries the entry file names as related (as written in the file).'],
  [
    'operators',
    'object[]',
    "Countries only: the country's network operators with an entry, each with kind, slug, name, status, url, apiUrl and networks (mobile, fixed); sorted by name.",
  ],
  [
    'operates',
    'object[]',
    'Network operators only: the countries where the company runs a public network (country, an ISO code) and which networks (mobile, fixed). Absent otherwise.',
  ],
  [
    'relatedEntries',
    'object[]',
    'Entries linked either way — named in related here, or naming this entry in theirs — each with kind, slug, name, status, url and apiUrl; sorted by name.',
  ],
  [
    'events',
    'object[]',
    'The timeline in the order of the entry file (oldest first by convention), each event with the fields below.',
  ],
];

/** An event, in an entry document and in events.json. */
export const EVENT_FIELDS: readonly FieldDoc[] = [
  [
    'id',
    'string',
    'Stable kebab-case id, unique within its entry. It is the fragment of the event’s permalink and never changes.',
  ],
  ['date', DATE, `When it happened: ${DATE_NOTE}.`],
  ['approximate', 'boolean', 'true when the date is inferred rather than stated (shown as “c.”). Absent otherwise.'],
  ['title', 'string', 'A short headline in our own words.'],
  ['detail', 'string', 'One to three sentences of detail. Optional.'],
  ['status', 'string', 'The status the event sets for its entry. Absent for events that change nothing.'],
  ['scope', 'string[]', 'What it covers: ran, core, 4g, fixed, government, devices, supply, cloud. Optional.'],
  [
    'type',
    'string',
    'law, regulation, government-decision, court-ruling, operator-decision, statement, report, deal, legal-action (a lawsuit or complaint filed) or other.',
  ],
  [
    'evidence',
    'string',
    'How sure we are: official-text (the law, decision or ruling itself was read), official-statement, multiple-reports (two or more independent outlets), single-report or anonymous-sources. Defined on /methodology/.',
  ],
  [
    'deadline',
    DATE,
    'A compliance date the event sets (for example, removal of equipment by 2027); may be in the future. Optional.',
  ],
  [
    'deadlineOutcome',
    'string',
    'With a deadline: pending (not yet due), met, missed, extended or unknown (due, outcome not found).',
  ],
  ['deadlineNote', 'string', 'One or two sentences on the outcome. Optional.'],
  ['deadlineSources', 'object[]', 'Sources for the outcome, same fields as sources. Optional.'],
  ['story', 'string', 'A key shared by the copies of one decision filed under several entries. Optional.'],
  ['note', 'string', 'Editorial note: where sources disagree, or a correction we applied. Optional.'],
  [
    'replacedBy',
    'string[]',
    'The vendors that replaced Huawei in what the event covers, where a source says so. Optional.',
  ],
  [
    'primarySearch',
    'string',
    'On a ban or restriction that cites no primary text: what was searched for the act itself. Optional.',
  ],
  ['sources', 'object[]', 'At least one, numbered from 1 in this order on the page; fields below.'],
  ['url', 'URL', 'The event’s permalink: the entry page with the event id as fragment.'],
  ['entry', 'object', 'events.json only: the entry the event belongs to (kind, slug, name, status, url, apiUrl).'],
];

/** A source of an event. */
export const SOURCE_FIELDS: readonly FieldDoc[] = [
  ['publisher', 'string', 'The outlet or body that published it.'],
  ['date', DATE, `Publication date: ${DATE_NOTE}.`],
  ['approximate', 'boolean', 'true when the publication date is inferred. Absent otherwise.'],
  ['title', 'string', 'The headline, in the source’s language. Optional.'],
  ['url', 'URL', 'Only an address that is really known (https); never guessed. Optional.'],
  [
    'accessed',
    'YYYY-MM-DD',
    'The day the address was last seen to support the claim. Absent when it has not been re-checked.',
  ],
  ['archiveUrl', 'URL', 'An archived copy. Optional.'],
  ['primary', 'boolean', 'true for laws, regulators’ decisions and official statements. Absent otherwise.'],
  ['via', 'string', 'Where we read it when we did not see the original (for example a list article). Optional.'],
  ['viaUrl', 'URL', 'The address of the page named in via, when known. Optional.'],
];
