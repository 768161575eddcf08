/** One string somewhere in an entry's front matter, with the path an editor would write. */
export interface Leaf {
  readonly path: string;
  readonly value: string;
}

/**
 * Every string in parsed front matter, with its path (`citations[0].quote`). Walked with an
 * explicit stack, so however deep the YAML nests, the call stack does not grow.
 */
export function stringLeaves(data: unknown): Leaf[] {
  const leaves: Leaf[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: data, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value === 'string') leaves.push({ path, value });
    else if (Array.isArray(value))
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${String(i)}]` }));
    else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: path ? `${path}.${key}` : key });
    }
  }
  return leaves.reverse();
}
