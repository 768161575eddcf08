import type { APIRoute } from 'astro';
import { loadCase } from '../../data/case';
import { loadExports } from '../../data/exports';
import { toFtm, toJsonLines } from '../../lib/ftm';

// One FollowTheMoney entity per line, for OCCRP Aleph.
export const GET: APIRoute = async ({ site }) => {
  const data = await loadCase();
  const { lookups } = await loadExports(site);
  const entities = toFtm({
    events: data.events,
    people: data.people,
    sources: data.sources,
    publicBodies: data.site.data.publicBodies,
    absolute: lookups.absolute,
  });
  return new Response(toJsonLines(entities), { headers: { 'content-type': 'application/json' } });
};
