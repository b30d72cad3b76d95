// Two small entries, a country with a scoped ban and a deadline and a company with no decision, as
// the view-model, API and search tests read them.
import type { RawEntry } from '../../src/lib/entries.ts';

export const SAMPLE_ENTRIES: RawEntry[] = [
  {
    kind: 'countries',
    slug: 'zeta',
    data: {
      name: 'Zeta',
      aliases: ['Zetaland'],
      iso2: 'DE',
      region: 'Europe',
      status: 'banned',
      summary: 'A summary long enough for the schema.',
      lastVerified: '2026-11-01',
      related: ['alpha-telecom'],
      events: [
        {
          id: 'review',
          date: '2019-03',
          title: 'Review opens',
          type: 'statement',
          evidence: 'single-report',
          status: 'under-review',
          sources: [{ publisher: 'A', date: '2019-03' }],
        },
        {
          id: 'law',
          date: '2020-12-07',
          title: 'Law passes',
          type: 'law',
          evidence: 'official-text',
          status: 'banned',
          scope: ['core'],
          deadline: '2027',
          deadlineOutcome: 'pending',
          sources: [
            { publisher: 'B', date: '2020-12-08', url: 'https://b.example/x', primary: true },
            { publisher: 'C', date: '2020-12', approximate: true },
          ],
        },
        {
          id: 'court',
          date: '2021',
          title: 'Court upholds the law',
          type: 'court-ruling',
          evidence: 'multiple-reports',
          status: 'banned',
          sources: [{ publisher: 'D', date: '2021' }],
        },
      ],
    },
  },
  {
    kind: 'companies',
    slug: 'alpha-telecom',
    data: {
      name: 'Alpha Telecom',
      aliases: [],
      region: 'Europe',
      status: 'no-decision',
      summary: 'A summary long enough for the schema.',
      lastVerified: '2026-11-01',
      related: [],
      events: [
        {
          id: 'founded',
          date: '2001',
          title: 'Founded',
          type: 'other',
          evidence: 'single-report',
          sources: [{ publisher: 'E', date: '2001' }],
        },
      ],
    },
  },
];
