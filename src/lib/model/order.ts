import { earliestDay, formatPartialDate, latestDay, type PartialDate } from './dates';
import { fileOf, type Problem } from './problems';

/**
 * Order hints: an event may say it came `after` or `before` other events. Dates alone cannot
 * order what the sources date only to the month or the year (a month-only event sorts to the
 * first of its month), nor two events of one day; a hint says what the sources say came first.
 * The timeline keeps date order and moves an event only as far as its hints require.
 */

interface Reference {
  readonly id: string;
}

/** What ordering needs of an event: its date, its time of day and its hints. */
export interface Hinted {
  readonly id: string;
  readonly filePath?: string | undefined;
  readonly data: {
    readonly date: PartialDate;
    readonly time?: string | undefined;
    readonly after?: readonly Reference[] | undefined;
    readonly before?: readonly Reference[] | undefined;
  };
}

/** One hint as an edge: `first` came before `then`; `writer` is the event whose file says so. */
interface Edge {
  readonly first: string;
  readonly then: string;
  readonly writer: string;
  readonly field: string;
}

function edgesOf(events: readonly Hinted[]): Edge[] {
  const known = new Set(events.map((e) => e.id));
  const edges: Edge[] = [];
  for (const event of events) {
    (event.data.after ?? []).forEach((ref, i) => {
      if (known.has(ref.id))
        edges.push({ first: ref.id, then: event.id, writer: event.id, field: `after[${String(i)}]` });
    });
    (event.data.before ?? []).forEach((ref, i) => {
      if (known.has(ref.id))
        edges.push({ first: event.id, then: ref.id, writer: event.id, field: `before[${String(i)}]` });
    });
  }
  return edges;
}

/** A min-heap of positions: the next event to place is always the earliest in date order. */
class Positions {
  private readonly heap: number[] = [];
  get size(): number {
    return this.heap.length;
  }
  push(value: number): void {
    const heap = this.heap;
    heap.push(value);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      const [p, c] = [heap[parent] ?? 0, heap[i] ?? 0];
      if (p <= c) break;
      [heap[parent], heap[i]] = [c, p];
      i = parent;
    }
  }
  pop(): number | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length === 0 || last === undefined) return top;
    heap[0] = last;
    for (let i = 0; ;) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let smallest = i;
      if (l < heap.length && (heap[l] ?? 0) < (heap[smallest] ?? 0)) smallest = l;
      if (r < heap.length && (heap[r] ?? 0) < (heap[smallest] ?? 0)) smallest = r;
      if (smallest === i) break;
      [heap[smallest], heap[i]] = [heap[i] ?? 0, heap[smallest] ?? 0];
      i = smallest;
    }
    return top;
  }
}

/**
 * The events of `sorted` (already in date order) with every hint respected: each event is placed
 * as early as date order puts it once the events it follows are placed, so an event without
 * hints, and a hint that dates already satisfy, change nothing. A cycle (refused by the content
 * check) leaves its events in date order rather than losing them.
 */
export function respectOrderHints<T extends Hinted>(sorted: readonly T[]): T[] {
  const edges = edgesOf(sorted);
  if (edges.length === 0) return [...sorted];
  const position = new Map(sorted.map((e, i) => [e.id, i]));
  const waitingFor = new Array<number>(sorted.length).fill(0);
  const followers = new Map<number, number[]>();
  for (const { first, then } of edges) {
    const [f, t] = [position.get(first) ?? 0, position.get(then) ?? 0];
    waitingFor[t] = (waitingFor[t] ?? 0) + 1;
    followers.set(f, [...(followers.get(f) ?? []), t]);
  }
  const ready = new Positions();
  waitingFor.forEach((count, i) => {
    if (count === 0) ready.push(i);
  });
  const placed: T[] = [];
  const done = new Set<number>();
  for (let next = ready.pop(); next !== undefined; next = ready.pop()) {
    const event = sorted[next];
    if (event) placed.push(event);
    done.add(next);
    for (const follower of followers.get(next) ?? []) {
      const left = (waitingFor[follower] ?? 0) - 1;
      waitingFor[follower] = left;
      if (left === 0) ready.push(follower);
    }
  }
  if (placed.length < sorted.length) placed.push(...sorted.filter((_, i) => !done.has(i)));
  return placed;
}

const isoDay = (day: Date) => day.toISOString().slice(0, 10);

/**
 * Hints that cannot hold: a hint naming the event itself; a cycle (A after B after A), named with
 * every file in it; and an event that must come after another that its date shows began later
 * (counted through chains of hints, so A after B after C cannot put a June event after a July one).
 */
export function checkOrderHints(events: readonly Hinted[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(events.map((e) => [e.id, e]));
  const file = (id: string) => {
    const event = byId.get(id);
    return event ? fileOf(event, 'events') : `events/${id}.md`;
  };
  const edges = edgesOf(events);
  const own = edges.filter((e) => e.first === e.then);
  for (const edge of own) {
    problems.push({
      file: file(edge.writer),
      field: edge.field,
      message: 'an event cannot come after or before itself',
    });
  }
  const real = edges.filter((e) => e.first !== e.then);
  const incoming = new Map<string, Edge[]>();
  for (const edge of real) incoming.set(edge.then, [...(incoming.get(edge.then) ?? []), edge]);

  // Cycles: a depth-first walk along "came before" that meets an event still on its path.
  const outgoing = new Map<string, Edge[]>();
  for (const edge of real) outgoing.set(edge.first, [...(outgoing.get(edge.first) ?? []), edge]);
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const cyclic = new Set<string>();
  const walk = (start: string) => {
    const path: Edge[] = [];
    const stack: { id: string; edges: Edge[]; at: number }[] = [{ id: start, edges: outgoing.get(start) ?? [], at: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const edge = top.edges[top.at++];
      if (!edge) {
        state.set(top.id, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const seen = state.get(edge.then);
      if (seen === 'open') {
        const from = path.findIndex((e) => e.first === edge.then);
        const loop = [...path.slice(from === -1 ? path.length : from), edge];
        for (const e of loop) cyclic.add(e.then);
        const key = [...new Set(loop.map((e) => e.first))].sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          const files = loop.map((e) => `"${e.first}" (${file(e.first)})`);
          problems.push({
            file: file(edge.writer),
            field: edge.field,
            message: `the order hints form a cycle: ${[...files, `"${edge.then}"`].join(' comes before ')}; remove one of them`,
          });
        }
      } else if (seen === undefined) {
        state.set(edge.then, 'open');
        path.push(edge);
        stack.push({ id: edge.then, edges: outgoing.get(edge.then) ?? [], at: 0 });
      }
    }
  };
  for (const event of events) if (!state.has(event.id)) walk(event.id);

  // The earliest day each event can be, given the events it must follow (outside cycles).
  const floors = new Map<string, number>();
  const floorOf = (id: string, seen: Set<string> = new Set()): number => {
    const known = floors.get(id);
    if (known !== undefined) return known;
    const event = byId.get(id);
    let floor = event ? earliestDay(event.data.date).getTime() : 0;
    if (!cyclic.has(id) && !seen.has(id)) {
      seen.add(id);
      for (const edge of incoming.get(id) ?? []) floor = Math.max(floor, floorOf(edge.first, seen));
    }
    floors.set(id, floor);
    return floor;
  };
  for (const edge of real) {
    if (cyclic.has(edge.first) || cyclic.has(edge.then)) continue;
    const [first, then] = [byId.get(edge.first), byId.get(edge.then)];
    if (!first || !then) continue;
    const floor = floorOf(edge.first);
    const latest = latestDay(then.data.date).getTime();
    const describe = (e: Hinted) => `"${e.id}" (${file(e.id)}, ${formatPartialDate(e.data.date)})`;
    const through =
      floor > earliestDay(first.data.date).getTime()
        ? `, which its own hints place no earlier than ${isoDay(new Date(floor))}`
        : '';
    const sameDay =
      first.data.date.precision === 'day' &&
      then.data.date.precision === 'day' &&
      floor === latest &&
      first.data.time !== undefined &&
      then.data.time !== undefined &&
      then.data.time < first.data.time;
    if (floor > latest || sameDay) {
      problems.push({
        file: file(edge.writer),
        field: edge.field,
        message: `${describe(then)} cannot come after ${describe(first)}${through}: their dates${sameDay ? ' and times' : ''} put it earlier. Fix a date or remove the hint`,
      });
    }
  }
  return problems;
}
