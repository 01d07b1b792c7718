import { Coalescer } from './coalescer';

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

  it('fails every item of a failed write, and goes on with the next', async () => {
    let fail = true;
    const coalescer = new Coalescer<number, number>(async (items) => {
      if (fail) {
        fail = false;
        throw new Error('database down');
      }
      return items;
    });
    await expect(Promise.all([coalescer.submit(1), coalescer.submit(2)])).rejects.toThrow('database down');
    await expect(coalescer.submit(3)).resolves.toBe(3);
  });
});
