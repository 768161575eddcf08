import { readFileSync } from 'node:fs';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFrontMatter } from './front-matter';

/**
 * Astro's file loaders read front matter as YAML 1.1 (js-yaml), which turns an unquoted
 * `0066-03-01` into 1 March 1966 and `2014-02-30` into 2 March. This wraps such a loader so the
 * data its schema validates is the front matter as the content check read it (YAML 1.2, every
 * date the text the editor wrote): what was checked is what is published.
 */
export function withCaseFrontMatter(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const parseData: LoaderContext['parseData'] = (props) => {
        if (!props.filePath) return context.parseData(props);
        const front = readFrontMatter(readFileSync(props.filePath, 'utf8'));
        const data = (front.ok ? front.value.data : props.data) as typeof props.data;
        return context.parseData({ ...props, data });
      };
      return loader.load({ ...context, parseData });
    },
  };
}
