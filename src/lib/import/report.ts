import { placeholderProblems } from '../content/placeholders';
import type { ImportedCase } from './build-case';
import type { Finding, Section } from './findings';

/** What the report says about where the case came from. */
export interface ReportContext {
  /** The input file's name (not its path: the report is the same wherever the file was). */
  readonly input: string;
  /** What the input was read as: "TimelineJS JSON", "plain spreadsheet"… */
  readonly format: string;
  /** The case folder's name, as it sits beside the report. */
  readonly folder: string;
}

const SECTIONS: readonly { section: Section; heading: string; intro: string }[] = [
  {
    section: 'skipped',
    heading: 'Not imported, or not sourced',
    intro: 'What the input has that the case does not, or holds only as a placeholder: decide what to do with each.',
  },
  {
    section: 'fix',
    heading: 'Text the build will refuse',
    intro: 'Fix these by hand: the build names each one too.',
  },
  {
    section: 'changed',
    heading: 'Left out or changed',
    intro: 'What the site refuses or has no place for, taken out or changed on the way; nothing else was dropped.',
  },
  {
    section: 'decision',
    heading: 'How the input was read',
    intro: 'The choices the importer made, and the entries each applies to.',
  },
];

/** A field as the editor looks for it in every file: `citations[].quote`, not `citations[0].quote`. */
const fieldName = (path: string) => path.replace(/\[\d+\]/g, '[]');

/** Every placeholder field by folder (`events: kind`), with the files that hold it, in order of first appearance. */
export function placeholderIndex(imported: ImportedCase): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const file of imported.files) {
    for (const { field } of placeholderProblems(file.data)) {
      const key = `${file.path.includes('/') ? (file.path.split('/')[0] ?? '') : file.path}: ${fieldName(field)}`;
      const files = index.get(key) ?? [];
      if (!files.includes(file.path)) files.push(file.path);
      index.set(key, files);
    }
  }
  return index;
}

const list = (entries: readonly string[]) => entries.map((entry) => `- ${entry}`).join('\n');

function findingBlock(finding: Finding): string {
  return `### ${finding.topic} (${String(finding.entries.length)})\n\n${list(finding.entries)}`;
}

/**
 * The migration report: counts, then every placeholder by field with the files that hold it,
 * then what was not imported, what was left out or changed, and how the input was read, each
 * with the entries affected. Byte for byte the same for the same input.
 */
export function renderReport(imported: ImportedCase, context: ReportContext): string {
  const { counts } = imported;
  const placeholders = placeholderIndex(imported);
  const total = [...imported.files].reduce((sum, file) => sum + placeholderProblems(file.data).length, 0);
  const rows: [string, number][] = [
    ['events in the input', counts.inputEvents],
    ['events written', counts.events],
    ['events not imported', counts.inputEvents - counts.events],
    ['people', counts.people],
    ['sources named by the input', counts.sources],
    ['tags', counts.tags],
    ['images copied', counts.images],
    ['placeholders to fill in', total],
  ];
  const parts = [
    `# Migration report: ${context.input}`,
    `Imported from ${context.input} (read as ${context.format}) into the case folder \`${context.folder}/\`. This report is not part of the case: keep it beside the folder while you finish the migration.`,
    `## Summary\n\n| | count |\n| --- | ---: |\n${rows.map(([name, n]) => `| ${name} | ${String(n)} |`).join('\n')}`,
    ...(imported.copies.length === 0
      ? []
      : [
          `## Pictures copied\n\nEach picture the input names was copied from inside the input's folder (nothing outside it is read), once it was found to be a whole picture of the type its name says, within the build's limits. Check that each is one you mean to publish.\n\n| picture in the case | copied from (beside ${context.input}) |\n| --- | --- |\n${imported.copies.map((c) => `| ${c.to} | ${c.origin.replace(/\|/g, '\\|')} |`).join('\n')}`,
        ]),
    `## Placeholders to fill in\n\nWhere the input lacks something the engine needs (a source, a quote, a kind, a role), the importer wrote a text starting with \`FILL IN:\` that says what belongs there. The build refuses every one of them, all at once, until an editor has filled it in: nothing was invented.${
      placeholders.size === 0
        ? '\n\nNone.'
        : `\n\n${[...placeholders].map(([field, files]) => `### \`${field}\` (${String(files.length)} ${files.length === 1 ? 'file' : 'files'})\n\n${list(files)}`).join('\n\n')}`
    }`,
    ...SECTIONS.flatMap(({ section, heading, intro }) => {
      const found = imported.findings.filter((f) => f.section === section);
      return found.length === 0 ? [] : [`## ${heading}\n\n${intro}\n\n${found.map(findingBlock).join('\n\n')}`];
    }),
  ];
  return `${parts.join('\n\n')}\n`;
}
