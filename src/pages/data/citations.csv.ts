import type { APIRoute } from 'astro';
import { loadExports } from '../../data/exports';
import { citationsCsv } from '../../lib/outputs/csv';
import { textStream } from '../../lib/outputs/text-stream';

export const GET: APIRoute = async ({ site }) =>
  new Response(textStream(citationsCsv((await loadExports(site)).event)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
