import type { APIRoute } from 'astro';
import { loadExports } from '../../data/exports';
import { citationsCsv } from '../../lib/csv';

export const GET: APIRoute = async ({ site }) =>
  new Response(citationsCsv((await loadExports(site)).event), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
