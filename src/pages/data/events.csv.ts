import type { APIRoute } from 'astro';
import { loadExports } from '../../data/exports';
import { eventsCsv } from '../../lib/outputs/csv';
import { textStream } from '../../lib/outputs/text-stream';

export const GET: APIRoute = async ({ site }) =>
  new Response(textStream(eventsCsv((await loadExports(site)).event)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
