// Writes a synthetic case of N events (with people, investigations and sources in
// proportion, realistic Markdown bodies and citations) into a folder, for the benchmark.
// Usage: node scripts/bench/generate.mjs --events 1000 --out /tmp/case-1000
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const KINDS = [
  'death',
  'police-action',
  'arrest',
  'charge',
  'court-hearing',
  'trial',
  'verdict',
  'sentence',
  'inquest',
  'watchdog',
  'report',
  'statement',
  'settlement',
];
const ROLES = ['victim', 'family', 'police', 'watchdog', 'lawyer', 'coroner', 'judge', 'witness', 'official'];
const FIRST = [
  'Alex',
  'Sam',
  'Jo',
  'Chris',
  'Pat',
  'Robin',
  'Lee',
  'Kim',
  'Nico',
  'Ari',
  'Mina',
  'Tom',
  'Ada',
  'Omar',
  'Lena',
  'Ravi',
];
const LAST = [
  'Archer',
  'Baker',
  'Carter',
  'Dalton',
  'Ellis',
  'Fraser',
  'Garner',
  'Hughes',
  'Irving',
  'Jensen',
  'Keller',
  'Lowry',
  'Mercer',
  'Nolan',
  'Okafor',
  'Price',
];
const WORDS =
  'the inquiry heard that officers had not followed up reports from neighbours and the family said they were never told why the case was closed before the evidence was reviewed by the coroner'.split(
    ' ',
  );

/**
 * A small deterministic generator, so every run builds the same case.
 * @param {number} seed
 */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const q = (/** @type {string} */ text) => JSON.stringify(text);
const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');

/**
 * Writes a synthetic case of `events` events (and people, investigations, sources in proportion) to `out`.
 * @param {{ events: number, out: string, seed?: number }} options
 */
export function generateCase({ events, out, seed = 1 }) {
  const rand = random(seed);
  /** @type {<T>(list: readonly T[]) => T} */
  const pick = (list) => /** @type {(typeof list)[number]} */ (list[Math.floor(rand() * list.length)]);
  const sentence = (/** @type {number} */ n) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const peopleCount = Math.max(4, Math.round(events / 10));
  const investigationCount = Math.max(2, Math.round(events / 50));
  const sourceCount = Math.max(3, Math.round(events / 5));
  const startYear = 2000;
  const years = Math.max(3, Math.min(25, Math.ceil(events / 400)));

  rmSync(out, { recursive: true, force: true });
  for (const folder of ['events', 'people', 'investigations', 'sources', 'pages'])
    mkdirSync(join(out, folder), { recursive: true });
  writeFileSync(
    join(out, 'site.md'),
    `---\ntitle: "Synthetic case of ${events} events"\ndescription: "A generated case for the benchmark."\ntimelineHeading: "The timeline"\ncontentNotice: "Generated content."\n---\n\n${sentence(40)}\n`,
  );
  writeFileSync(
    join(out, 'pages', 'about.md'),
    `---\ntitle: "About"\ndescription: "About the synthetic case."\n---\n\n${sentence(60)}\n`,
  );

  for (let i = 0; i < sourceCount; i++) {
    writeFileSync(
      join(out, 'sources', `source-${i}.md`),
      `---\ntitle: ${q(`Report ${i}: ${sentence(8)}`)}\npublisher: ${q(`${pick(LAST)} Gazette`)}\nkind: news-report\nurl: "https://example.org/reports/${i}"\npublished: ${startYear + years}-12-31\n---\n`,
    );
  }
  const people = Array.from({ length: peopleCount }, (_, i) => ({
    id: `person-${i}`,
    name: `${pick(FIRST)} ${pick(LAST)} ${i}`,
  }));
  for (const person of people) {
    writeFileSync(
      join(out, 'people', `${person.id}.md`),
      `---\nname: ${q(person.name)}\nroles: [${pick(ROLES)}]\nsummary: ${q(sentence(20))}\ncitations:\n  - source: source-${Math.floor(rand() * sourceCount)}\n    quote: ${q(sentence(10))}\n---\n\n${sentence(50)}\n`,
    );
  }
  for (let i = 0; i < investigationCount; i++) {
    writeFileSync(
      join(out, 'investigations', `investigation-${i}.md`),
      `---\ntitle: ${q(`Investigation ${i}`)}\nkind: inquest\nconductedBy: "A coroner"\nstart: ${startYear}\nstatus: open\noutcome: "Not yet reported."\nsummary: ${q(sentence(16))}\ncitations:\n  - source: source-${i % sourceCount}\n    quote: ${q(sentence(8))}\n---\n`,
    );
  }
  for (let i = 0; i < events; i++) {
    const year = startYear + Math.floor((i / events) * years);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const precision = rand();
    const date =
      precision < 0.8 ? `${year}-${pad(month)}-${pad(day)}` : precision < 0.95 ? `${year}-${pad(month)}` : `${year}`;
    const involved = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(people));
    const citations = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({
      source: `source-${Math.floor(rand() * sourceCount)}`,
      quote: sentence(12),
    }));
    writeFileSync(
      join(out, 'events', `${date}-event-${i}.md`),
      [
        '---',
        `title: ${q(`Event ${i}: ${sentence(6)}`)}`,
        `date: ${date}`,
        `kind: ${pick(KINDS)}`,
        `summary: ${q(sentence(28))}`,
        'people:',
        ...[...new Set(involved)].map((p) => `  - person: ${p.id}\n    role: "involved"\n    subject: true`),
        'investigations:',
        `  - investigation-${Math.floor(rand() * investigationCount)}`,
        'citations:',
        ...citations.map((c) => `  - source: ${c.source}\n    quote: ${q(c.quote)}`),
        '---',
        '',
        `${sentence(45)} See [the report](https://example.org/reports/${i}) for *more*.`,
        '',
        sentence(35),
        '',
      ].join('\n'),
    );
  }
  return { events, people: peopleCount, investigations: investigationCount, sources: sourceCount };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { events: { type: 'string', default: '100' }, out: { type: 'string' } } });
  if (!values.out) throw new Error('--out is required');
  console.log(generateCase({ events: Number(values.events), out: values.out }));
}
