import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IMAGE_TYPES, IMAGES_FOLDER } from './case-files';
import type { Problem } from '../model/problems';
import { pictureProblem, pictureWeightProblem } from '../model/picture';

/**
 * Every picture in a case's images/ folder (the only place a picture of the case may be) is
 * read before Astro's image pipeline sees it: a file that is not the picture its name says, is
 * cut short, is an SVG, or passes a limit is refused here, naming the file and the limit.
 * Otherwise the pipeline, failing to decode it, would publish the original file as it came
 * (metadata, script and all) and say only "Sharp doesn't support this format".
 * Files of other kinds in images/ are reported by the case's file listing (case-files.ts).
 */
export function pictureFileProblems(caseDir: string, display: (path: string) => string): Problem[] {
  const folder = join(caseDir, IMAGES_FOLDER);
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => IMAGE_TYPES.test(name) && !name.startsWith('.'));
  } catch {
    return []; // no images/ folder, or one the file listing already reported
  }
  return names.sort().flatMap((name) => {
    const path = join(folder, name);
    const message = picturePathProblem(path, name);
    return message ? [{ file: display(path), field: '(picture)', message }] : [];
  });
}

/**
 * What is wrong with the picture file at a path, if anything. Its size is looked at before it
 * is read (a 40 MB file is refused unread), and only a regular file is opened: a named pipe
 * would block the build, and the file listing reports it as what it is.
 */
export function picturePathProblem(path: string, name: string): string | undefined {
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return undefined;
    return pictureWeightProblem(stats.size) ?? pictureProblem(name, readFileSync(path));
  } catch {
    return undefined; // unreadable: the file listing says why
  }
}
