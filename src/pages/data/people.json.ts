import type { APIRoute } from 'astro';
import { json, loadExports } from '../../data/exports';

export const GET: APIRoute = async ({ site }) => json((await loadExports(site)).person);
