import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { inOrder } from './in-order';
import { liveIndex, livePolicies, pageFile, searchablePart } from './live-index';

interface Searchable {
  readonly file: string;
  readonly html: string;
}

/**
 * Hands every page `astro build` renders to the build steps beside it: its Content Security
 * Policy to the `_headers` writer and its searchable part to the search index (src/lib/
 * live-index.ts). It wraps Astro's own prerenderer, which sees each page's final response.
 *
 * Astro renders several pages at once (`build.concurrency` in astro.config.mjs: while one page
 * is being written to disk the next renders) and they finish in an order that changes from
 * build to build. The search index numbers pages in the order it receives them, so each page
 * takes its place when Astro starts it (the order of Astro's list of paths, the same every
 * build) and is handed to the index in that order: the index is the same whatever the
 * concurrency.
 */
export function renderedPages(): AstroIntegration {
  let base = '/';
  const decoder = new TextDecoder();
  return {
    name: 'timeline:rendered-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const toIndex = inOrder<Searchable>((page) => liveIndex()?.add(page.file, page.html));
        setPrerenderer((astro): AstroPrerenderer => ({
          ...astro,
          name: 'timeline:rendered-pages',
          render: async (request, options) => {
            const place = toIndex.take();
            let searchable: Searchable | undefined;
            try {
              const rendered = await astro.render(request, options);
              const result = rendered instanceof Response ? { response: rendered } : rendered;
              const { response } = result;
              if (!response.headers.get('content-type')?.startsWith('text/html')) return rendered;
              // The page's bytes go on to Astro as they are: only the text read here is decoded.
              const bytes = await response.arrayBuffer();
              const html = decoder.decode(bytes);
              livePolicies()?.add(html);
              const part = liveIndex() ? searchablePart(html) : undefined;
              if (part !== undefined) searchable = { file: pageFile(new URL(request.url).pathname, base), html: part };
              const { status, statusText, headers } = response;
              return { ...result, response: new Response(bytes, { status, statusText, headers }) };
            } finally {
              // Every place is settled, also when the page failed, so no later page waits on it.
              await toIndex.settle(place, searchable);
            }
          },
        }));
      },
    },
  };
}
