import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { undeclaredGenreWords, readerText } from '../helpers/genre-words';
import { sharedBuild } from '../helpers/shared-builds';
import { brokenLinks, readPages } from '../helpers/site';
import { htmlProblems } from '../helpers/site-checks';

// The engine on a French case with its own vocabulary (tests/fixtures/french), built once.
let outDir: string;
let pages: Map<string, string>;
const text = (url: string) => readerText(pages.get(url) ?? '');
const chrome = () =>
  ['/', '/events/2024-07-26-ceremonie-d-ouverture/', '/people/', '/sources/', '/search/', '/404.html']
    .map(text)
    .join(' ');

beforeAll(() => {
  outDir = sharedBuild('french');
  pages = readPages(outDir);
});

describe('a French case', () => {
  it('says its menus, headings, footer, search page, 404 page and labels in French', () => {
    const all = chrome();
    for (const french of [
      'Aller au contenu',
      'Chronologie',
      'Personnes',
      'Rechercher',
      'Un nom ou une date',
      'Chaque fait de ce site indique la source qui l’établit.',
      'Données ouvertes',
      'Flux RSS',
      'Sources et texte complet',
      'Lien et citation de cet événement',
      'Affiner les résultats',
      'Page introuvable',
      'L’affaire en un coup d’œil',
      'Lien vers cet événement sur cette page',
    ]) {
      expect(all, french).toContain(french);
    }
    expect(pages.get('/')).toMatch(/<nav aria-label="Menu principal"/);
  });

  it('shows no English chrome', () => {
    const all = chrome();
    for (const english of [
      'Skip to content',
      'Timeline',
      'People:',
      'A name or a date',
      'Every fact on this site',
      'Open data',
      'RSS feed',
      'Sources and full text',
      'Link to and cite this event',
      'Narrow the results',
      'Page not found',
      'The case at a glance',
      'Content notice',
      'Note on the sources',
      'Known to the day',
      'months later',
      '(accessed',
      'Event date:',
    ]) {
      expect(all, english).not.toContain(english);
    }
  });

  it('writes dates in French, keeping the machine date in <time datetime>', () => {
    expect(pages.get('/')).toMatch(/<time datetime="2024-07-26"[^>]*>26 juillet 2024<\/time>/);
    expect(pages.get('/')).toMatch(/<time datetime="2021-12-13"[^>]*>13 décembre 2021<\/time>/);
    expect(text('/')).toContain('2 ans et 7 mois plus tard');
  });

  it('gives search the French forms of a date, never a US month/day form', () => {
    const terms = /data-terms="([^"]*)"/.exec(pages.get('/events/2024-07-26-ceremonie-d-ouverture/') ?? '')?.[1];
    expect(terms?.split(' · ')).toEqual(
      expect.arrayContaining(['26 juillet 2024', '26/07/2024', '2024-07-26', 'juillet 2024']),
    );
    expect(terms).not.toMatch(/July|07\/26/);
  });

  it('uses the case’s own vocabulary: its kinds, roles, source kinds and chart groups', () => {
    expect(text('/')).toMatch(/Organisation.*Spectacle/);
    expect(text('/people/')).toContain('Organisateur');
    expect(text('/sources/')).toContain('Reportage photo');
    expect(pages.get('/')).toMatch(/<option value="ceremonie"[^>]*>Cérémonie<\/option>/);
  });

  it('has no page, link or filter for investigations, no about link and no content notice', () => {
    expect(pages.has('/investigations/')).toBe(false);
    expect([...pages.values()].some((html) => html.includes('href="/investigations/'))).toBe(false);
    expect([...pages.values()].some((html) => html.includes('href="/about/'))).toBe(false);
    expect([...pages.values()].some((html) => html.includes('class="content-notice"'))).toBe(false);
  });

  it('documents its downloads in French, with its own kinds as their values', () => {
    const data = text('/data/');
    expect(data).toContain('Champs de events.json');
    expect(data).toContain('place Le lieu.');
    expect(data).toMatch(/un export FollowTheMoney ?, une entité par ligne/);
    expect(data).toContain('L’une de ces valeurs : annonce (Annonce), ceremonie (Cérémonie).');
    // It has no investigations: the default investigation kinds are not its words.
    expect(data).not.toContain('police-investigation');
    const english = Object.entries(en)
      .filter(([key]) => key.startsWith('data.'))
      .flatMap(([, value]) => (typeof value === 'string' ? value.split(/\{\w+\}/) : []))
      .filter((part) => part.trim().length > 12);
    expect(english.filter((part) => data.includes(part.trim()))).toEqual([]);
    const schema = JSON.parse(readFileSync(join(outDir, 'data/schema/events.schema.json'), 'utf8')) as {
      description: string;
      items: { properties: { kind: { enum: string[] }; place: { description: string } } };
    };
    expect(schema.description).toBe('Tous les enregistrements de events.json, dans l’ordre du site.');
    expect(schema.items.properties.place.description).toBe('Le lieu.');
    expect(schema.items.properties.kind.enum).toEqual(['annonce', 'ceremonie']);
  });

  it('shows no word of the default genre vocabulary it did not declare', () => {
    // The open data page documents every download's fields, the investigations' and a person's
    // date of death among them, whatever the case declares.
    const readerPages = new Map([...pages].filter(([url]) => url !== '/data/'));
    expect(undeclaredGenreWords(readerPages, { investigations: false })).toEqual([]);
  });

  it('has no broken internal link', () => {
    expect(brokenLinks(outDir, pages)).toEqual([]);
  });

  it('produces HTML that validates on every page', async () => {
    expect(await htmlProblems(outDir, pages)).toEqual([]);
  });
});
