import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir';
import { formatProblem } from '../lib/integrity';
import { validateCase } from '../lib/validate';

/**
 * Checks the whole content folder before Astro loads it, and stops the build with every
 * problem listed at once (Astro's own loader would stop at the first, or skip a file).
 * In the dev server the problems are logged, so a half-written entry does not kill it.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'timeline:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems, counts } = validateCase(resolve(contentDir()));
        if (problems.length === 0) {
          const summary = Object.entries(counts).map(([folder, n]) => `${String(n)} ${folder}`);
          logger.info(`Content checked: ${summary.join(', ')}.`);
          return;
        }
        const report = `The content has ${String(problems.length)} problem(s):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
        logger.error(report);
        // Stop the build with the list alone: a thrown error would add a stack trace (and Astro's
        // unrelated hints) to what an editor reads.
        if (command !== 'dev') process.exit(1);
      },
    },
  };
}
