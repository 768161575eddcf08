import type { APIRoute } from 'astro';
import { loadCase } from '../../data/case';
import { loadExports } from '../../data/exports';
import { toFtm, toJsonLines } from '../../lib/outputs/ftm';
import { textStream } from '../../lib/outputs/text-stream';

// One FollowTheMoney entity per line, for OCCRP Aleph, from the same records as the JSON downloads.
export const GET: APIRoute = async ({ site }) => {
  const { site: settings } = await loadCase();
  const exports = await loadExports(site);
  const entities = toFtm({
    events: exports.event,
    people: exports.person,
    sources: exports.source,
    publicBodies: settings.data.publicBodies,
  });
  return new Response(textStream(toJsonLines(entities)), { headers: { 'content-type': 'application/json' } });
};
