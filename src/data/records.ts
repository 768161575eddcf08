import type { CollectionEntry } from 'astro:content';
import type { EventRecord, InvestigationRecord, PersonRecord, ResolvedCase, SourceRecord } from '../lib/model/resolve';

/**
 * The record types of this site's collections, in their own module so that what is made from the
 * case (lists.ts) and the case itself (case.ts) both read them without importing each other.
 */
export type Site = CollectionEntry<'site'>;
type E = CollectionEntry<'events'>;
type P = CollectionEntry<'people'>;
type I = CollectionEntry<'investigations'>;
type S = CollectionEntry<'sources'>;

/** The records pages and components take as props. */
export type Event = EventRecord<E>;
export type Person = PersonRecord<P, E>;
export type Investigation = InvestigationRecord<I, E>;
export type Source = SourceRecord<S, E>;
export type { Link, CitationRecord } from '../lib/model/resolve';

/** Every entry resolved once: what Case adds its words, filters and lists to. */
export type ResolvedEntries = ResolvedCase<E, P, I, S>;
