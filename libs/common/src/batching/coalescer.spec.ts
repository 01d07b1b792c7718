import { Coalescer } from './coalescer';

/** A write that fails, as one statement would, when any item of its batch is poisoned. */
function writeFailingOn(poisoned: Set<number>, calls: number[][]) {
  return async (items: number[]) => {
    calls.push(items);
    const bad = items.find((item) => poisoned.has(item));
    if (bad !== undefined) throw new Error(`cannot store ${bad}`);
    return items.map((item) => item * 10);
  };
}

describe('Coalescer', () => {
  it('writes items submitted together in one call, answering each its own result', async () => {
    const calls: number[][] = [];
    const coalescer = new Coalescer<number, number>(async (items) => {
      calls.push(items);
      return items.map((item) => item * 10);
    });
    const results = await Promise.all([1, 2, 3].map((item) => coalescer.submit(item)));
    expect(results).toEqual([10, 20, 30]);
    expect(calls).toEqual([[1, 2, 3]]);
  });

  it('gathers what arrives during a write into the next batch, within maxInFlight and maxBatch', async () => {
    const calls: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const coalescer = new Coalescer<number, number>(
      async (items) => {
        calls.push(items);
        if (calls.length === 1) await gate;
        return items;
      },
      { maxInFlight: 1, maxBatch: 2 },
    );
    const first = coalescer.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3, 4].map((item) => coalescer.submit(item));
    release();
    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3, 4]);
    expect(calls).toEqual([[1], [2, 3], [4]]);
  });

  it('with a linger, items submitted one by one a few milliseconds apart still share a batch', async () => {
    const trickle = async (coalescer: Coalescer<number, number>) => {
      const results: Array<Promise<number>> = [];
      for (const item of [1, 2, 3]) {
        results.push(coalescer.submit(item));
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      return Promise.all(results);
    };
    const lingering: number[][] = [];
    const eager: number[][] = [];
    const write = (calls: number[][]) => async (items: number[]) => (calls.push(items), items);
    expect(await trickle(new Coalescer(write(lingering), { lingerMs: 200 }))).toEqual([1, 2, 3]);
    expect(await trickle(new Coalescer(write(eager)))).toEqual([1, 2, 3]);
    expect(lingering).toEqual([[1, 2, 3]]);
    expect(eager).toEqual([[1], [2], [3]]);
  });

  it('rejects only the item a failed batch could not store; the others resolve as if alone', async () => {
    const calls: number[][] = [];
    const coalescer = new Coalescer<number, number>(writeFailingOn(new Set([3]), calls));
    const outcomes = await Promise.allSettled([1, 2, 3, 4, 5].map((item) => coalescer.submit(item)));
    expect(outcomes).toEqual([
      { status: 'fulfilled', value: 10 },
      { status: 'fulfilled', value: 20 },
      { status: 'rejected', reason: new Error('cannot store 3') },
      { status: 'fulfilled', value: 40 },
      { status: 'fulfilled', value: 50 },
    ]);
    // Halves are written in order, so items keep their arrival order; a half that succeeds is not split.
    expect(calls).toEqual([[1, 2, 3, 4, 5], [1, 2, 3], [1, 2], [3], [4, 5]]);
  });

  it('isolates several failing items of one batch, each rejecting with its own error', async () => {
    const coalescer = new Coalescer<number, number>(writeFailingOn(new Set([2, 7]), []));
    const outcomes = await Promise.allSettled([1, 2, 3, 4, 5, 6, 7, 8].map((item) => coalescer.submit(item)));
    expect(outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error).message))).toEqual([
      10, 'cannot store 2', 30, 40, 50, 60, 'cannot store 7', 80,
    ]);
  });

  it('fails a whole batch at once when the database is unreachable: writing items alone would only fail slower', async () => {
    const calls: number[][] = [];
    const coalescer = new Coalescer<number, number>(async (items) => {
      calls.push(items);
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    });
    const outcomes = await Promise.allSettled([1, 2, 3].map((item) => coalescer.submit(item)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(calls).toEqual([[1, 2, 3]]);
  });

  it('goes on with the next batch after a failed one', async () => {
    let fail = true;
    const coalescer = new Coalescer<number, number>(async (items) => {
      if (fail) {
        fail = false;
        throw new Error('deadlock detected');
      }
      return items;
    });
    await expect(coalescer.submit(1)).rejects.toThrow('deadlock detected');
    await expect(coalescer.submit(2)).resolves.toBe(2);
  });
});
