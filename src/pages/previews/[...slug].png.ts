import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCase } from '../../data/case';
import { previewCards, renderPreview } from '../../data/previews';
import type { PreviewCard } from '../../lib/preview';

// One link-preview image per reading page (src/data/previews.ts), none when previews are off.
export const getStaticPaths = (async () => {
  const data = await loadCase();
  if (!data.previews) return [];
  return previewCards(data).map(({ section, id, card }) => ({
    params: { slug: id === undefined ? section : `${section}/${id}` },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreview(props.card)), { headers: { 'content-type': 'image/png' } });
