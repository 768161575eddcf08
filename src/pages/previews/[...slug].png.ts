import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCase } from '../../data/case';
import { previewCached, previewCards, renderPreview } from '../../data/previews';
import type { PreviewCard } from '../../lib/outputs/preview';

// The link-preview images that must be drawn (src/data/previews.ts): in a build, only the cards
// never drawn before, rendered here among the pages, where the memory each drawing holds outside
// the JavaScript heap is released as pages go by; every image already in the cache is copied
// after the pages (src/integrations/previews/previews.ts). The dev server draws any card on request.
export const getStaticPaths = (async () => {
  const data = await loadCase();
  if (!data.previews) return [];
  const cards = previewCards(data);
  return (import.meta.env.DEV ? cards : cards.filter(({ card }) => !previewCached(card))).map(
    ({ section, id, card }) => ({
      params: { slug: id === undefined ? section : `${section}/${id}` },
      props: { card },
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreview(props.card)), { headers: { 'content-type': 'image/png' } });
