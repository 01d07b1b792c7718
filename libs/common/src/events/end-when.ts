/**
 * An async iterator that yields `source`'s values until `ended()` says so: checked as each value
 * arrives, the value that finds it ended is dropped and the source is closed.
 */
export function endWhen<T>(source: AsyncIterableIterator<T>, ended: () => Promise<boolean>): AsyncIterableIterator<T> {
  const finish = async (): Promise<IteratorResult<T>> => {
    await source.return?.();
    return { done: true, value: undefined };
  };
  return {
    next: async () => {
      const item = await source.next();
      if (item.done) return item;
      return (await ended()) ? finish() : item;
    },
    return: finish,
    throw: (error: unknown) => source.throw?.(error) ?? Promise.reject(error),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
