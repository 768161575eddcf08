import { defineCollection, reference } from 'astro:content';
import { contentDir } from './lib/content-dir';
import { caseSchemas } from './lib/schemas';
import { caseLoaders } from './loaders';

/**
 * One loader for the whole case: it reads and checks every file once, checks the case as a
 * whole, and stores what it validated (see src/loaders.ts). The schemas here give the
 * collections their types; the loader has already applied the same schemas to the data.
 */
const content = caseLoaders(contentDir());
const schemas = caseSchemas(reference);

export const collections = {
  events: defineCollection({ loader: content.loader('events'), schema: schemas.events }),
  people: defineCollection({ loader: content.loader('people'), schema: schemas.people }),
  investigations: defineCollection({ loader: content.loader('investigations'), schema: schemas.investigations }),
  sources: defineCollection({ loader: content.loader('sources'), schema: schemas.sources }),
  site: defineCollection({ loader: content.loader('site'), schema: schemas.site }),
  pages: defineCollection({ loader: content.loader('pages'), schema: schemas.pages }),
};
