import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { contentDir } from './lib/content/content-dir';
import { caseSchemas } from './lib/model/schemas';
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
  // The loader adds what the case holds to the one site entry, so pages leave out the parts a
  // case does not have (no investigations, no about page) without asking for an empty collection.
  site: defineCollection({
    loader: content.loader('site'),
    schema: schemas.site.extend({
      contents: z
        .strictObject({
          counts: z.record(z.string(), z.number()).describe('How many entries each folder holds.'),
          pages: z.array(z.string()).describe('The ids of the pages in content/pages/.'),
        })
        .describe('Filled in by the loader, never written in site.md.'),
    }),
  }),
  pages: defineCollection({ loader: content.loader('pages'), schema: schemas.pages }),
};
