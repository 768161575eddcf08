/** The site's routes in one place, so a base path (a site served from /timeline/) is never forgotten. */
export type Section = 'events' | 'people' | 'investigations' | 'sources' | 'tags';

function joinBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\/+/, '')}`;
}

export function makeLinks(base: string) {
  const timelinePage = (page: number) => joinBase(base, page === 1 ? '' : `timeline/${String(page)}/`);
  return {
    home: () => joinBase(base, ''),
    page: (path: string) => joinBase(base, path),
    section: (section: Section) => joinBase(base, `${section}/`),
    entry: (section: Section, id: string) => joinBase(base, `${section}/${encodeURIComponent(id)}/`),
    /** A page of the home timeline: page 1 is the home page itself. */
    timelinePage,
    /** Page `page` of a list whose first page is at `first` (already under the base): `/sources/2/`. */
    listPage: (first: string, page: number) => (page === 1 ? first : `${first}${String(page)}/`),
    /** The event's place on the home timeline (on the page that lists it). */
    onTimeline: (id: string, page = 1) => `${timelinePage(page)}#${encodeURIComponent(id)}`,
  };
}
