import type { z } from 'astro/zod';
import type { caseSchemas } from './schemas';

/**
 * What the resolver (resolve.ts) reads: each entry's data as the case's schemas give it, and the
 * dates git gives each file. They live here, beside the schemas, so that the model takes nothing
 * from the downloads (outputs/) or from the checks that read git (content/git-dates.ts).
 */
type Schemas = ReturnType<typeof caseSchemas>;
export type EventData = z.output<Schemas['events']>;
export type PersonData = z.output<Schemas['people']>;
export type InvestigationData = z.output<Schemas['investigations']>;
export type SourceData = z.output<Schemas['sources']>;

/** When one content file was first published and last changed, from git. */
export interface FileDates {
  /** The earliest commit that touched the file. */
  readonly first: Date;
  /** The latest commit that touched the file. */
  readonly last: Date;
}
