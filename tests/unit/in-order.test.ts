import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/integrations/rendered-pages/in-order';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('inOrder', () => {
  it('hands items on in the order their places were taken, though they are ready in another', async () => {
    const delivered: string[] = [];
    const queue = inOrder<string>((item) => {
      delivered.push(item);
    });
    const places = ['a', 'b', 'c', 'd'].map((item) => ({ item, place: queue.take() }));
    await Promise.all([2, 0, 3, 1].map((i) => queue.settle(i, places[i]?.item)));
    expect(delivered).toEqual(['a', 'b', 'c', 'd']);
  });

  it('holds an item back until every one before it is ready', async () => {
    const delivered: string[] = [];
    const queue = inOrder<string>((item) => {
      delivered.push(item);
    });
    const first = queue.take();
    const second = queue.take();
    let secondDone = false;
    const waiting = queue.settle(second, 'second').then(() => (secondDone = true));
    await tick();
    expect(delivered).toEqual([]);
    expect(secondDone).toBe(false);
    await queue.settle(first, 'first');
    await waiting;
    expect(delivered).toEqual(['first', 'second']);
  });

  it('skips a place settled with nothing, without holding back the ones after it', async () => {
    const delivered: string[] = [];
    const queue = inOrder<string>((item) => {
      delivered.push(item);
    });
    const [a, b, c] = [queue.take(), queue.take(), queue.take()];
    await Promise.all([queue.settle(c, 'c'), queue.settle(b, undefined), queue.settle(a, 'a')]);
    expect(delivered).toEqual(['a', 'c']);
  });

  it('waits for a slow delivery before handing on the next item', async () => {
    const events: string[] = [];
    const queue = inOrder<string>(async (item) => {
      events.push(`start ${item}`);
      await tick();
      events.push(`end ${item}`);
    });
    const [a, b] = [queue.take(), queue.take()];
    await Promise.all([queue.settle(a, 'a'), queue.settle(b, 'b')]);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('rejects only the item whose delivery failed, and goes on with the rest', async () => {
    const delivered: string[] = [];
    const queue = inOrder<string>((item) => {
      if (item === 'bad') throw new Error('cannot deliver');
      delivered.push(item);
    });
    const [a, b, c] = [queue.take(), queue.take(), queue.take()];
    const results = await Promise.allSettled([queue.settle(a, 'a'), queue.settle(b, 'bad'), queue.settle(c, 'c')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(delivered).toEqual(['a', 'c']);
  });

  it('refuses a place that was never taken or is settled twice', async () => {
    const queue = inOrder<string>(() => undefined);
    await expect(queue.settle(0, 'x')).rejects.toThrow('never taken');
    const place = queue.take();
    await queue.settle(place, 'x');
    await expect(queue.settle(place, 'x')).rejects.toThrow('already settled');
  });
});
