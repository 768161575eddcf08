import type { APIRoute } from 'astro';
import { loadExports } from '../../data/exports';
import { eventsCsv } from '../../lib/csv';

export const GET: APIRoute = async ({ site }) =>
  new Response(eventsCsv((await loadExports(site)).event), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
