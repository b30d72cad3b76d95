// The review queue: entries never reviewed as a whole, then those not reviewed for a year, oldest
// first, each with what changed since its last review. The next review starts at the top.
//
//   npm run review-queue [-- --content content] [--json]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readContentFiles } from '../src/build/content-files.ts';
import { readReleaseRecords } from '../src/build/releases.ts';
import { config } from '../src/config.ts';
import { releaseHistory } from '../src/lib/releases.ts';
import { reviewQueue } from '../src/lib/review-queue.ts';
import { validateContent } from '../src/lib/validate/index.ts';

const { values } = parseArgs({
  options: { content: { type: 'string', default: 'content' }, json: { type: 'boolean', default: false } },
});
const dir = resolve(values.content);
const { entries, issues } = validateContent(readContentFiles(dir), { today: config.buildDate });
if (issues.length)
  console.error(`(${issues.length} validation problem(s): run npm run validate; files with problems are left out)\n`);
const queue = reviewQueue(
  entries.map((e) => ({
    key: `${e.kind}/${e.slug}`,
    name: e.data.name,
    lastVerified: e.data.lastVerified,
    events: e.data.events,
  })),
  releaseHistory(readReleaseRecords(dir)),
  config.buildDate,
);
if (values.json) {
  console.log(JSON.stringify(queue, null, 2));
} else {
  console.log(
    `Review queue on ${config.buildDate}: ${queue.length} of ${entries.length} entries — deadlines passed with no outcome recorded first, then never reviewed, or not for a year, oldest first.\n`,
  );
  for (const item of queue) {
    const when = item.lastVerified
      ? `last verified ${item.lastVerified} (${item.age} days ago)`
      : 'never verified as a whole';
    const overdue = item.overdue.map((d) => `deadline ${d.deadline} passed, outcome not yet recorded (#${d.id})`);
    const changed = [
      ...overdue,
      item.lastVerified && item.newerEvents.length ? `${item.newerEvents.length} event(s) dated after it` : '',
      item.releases.length ? `changed in ${item.releases.map((r) => `${r.id} (${r.changes})`).join(', ')}` : '',
    ].filter(Boolean);
    console.log(`- ${item.name} (content/${item.key}.md): ${when}${changed.length ? `; ${changed.join('; ')}` : ''}`);
  }
}
