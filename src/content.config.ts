import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { withCaseFrontMatter } from './lib/case-front-matter-loader';
import { contentDir } from './lib/content-dir';
import { caseSchemas } from './lib/schemas';

const root = contentDir();
const schemas = caseSchemas(reference);

/** One Markdown file per entry; the file name (without `.md`) is the permanent id. */
function markdownFolder(folder: string) {
  return withCaseFrontMatter(
    glob({ pattern: '*.md', base: `${root}/${folder}`, generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
  );
}

export const collections = {
  events: defineCollection({ loader: markdownFolder('events'), schema: schemas.events }),
  people: defineCollection({ loader: markdownFolder('people'), schema: schemas.people }),
  investigations: defineCollection({ loader: markdownFolder('investigations'), schema: schemas.investigations }),
  sources: defineCollection({ loader: markdownFolder('sources'), schema: schemas.sources }),
  site: defineCollection({
    loader: withCaseFrontMatter(glob({ pattern: 'site.md', base: root, generateId: () => 'site' })),
    schema: schemas.site,
  }),
  pages: defineCollection({ loader: markdownFolder('pages'), schema: schemas.pages }),
};
