import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCase } from '../../data/case';
import { previewCards, renderPreview } from '../../data/previews';
import type { PreviewCard } from '../../lib/preview';

// The link-preview images for the dev server, drawn on request (src/data/previews.ts). A build
// publishes them after the pages instead (src/integrations/previews.ts), so here it has none.
export const getStaticPaths = (async () => {
  const data = await loadCase();
  if (!data.previews || !import.meta.env.DEV) return [];
  return previewCards(data).map(({ section, id, card }) => ({
    params: { slug: id === undefined ? section : `${section}/${id}` },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreview(props.card)), { headers: { 'content-type': 'image/png' } });
