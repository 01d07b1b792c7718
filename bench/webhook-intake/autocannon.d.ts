// autocannon ships no types and @types/autocannon is not installed (and must not be added for a
// benchmark), so this declares the part of autocannon 9's API that load.ts uses.
declare module 'autocannon' {
  namespace autocannon {
    /** What autocannon passes to setupRequest; the returned object is serialised as the request. */
    interface RequestParams {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string | Buffer;
    }

    /** Per-connection scratch space, shared by setupRequest and onResponse of the same request. */
    type RequestContext = Record<string, unknown>;

    interface Request extends RequestParams {
      setupRequest?: (request: RequestParams, context: RequestContext) => RequestParams;
      onResponse?: (status: number, body: string, context: RequestContext, headers: Record<string, string>) => void;
    }

    interface Options {
      url: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      pipelining?: number;
      /** Seconds before a request counts as a timeout. */
      timeout?: number;
      requests?: Request[];
    }

    /** hdr-histogram-percentiles-obj: percentiles are keyed p50, p97_5, p99, p99_9 … */
    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      total: number;
      p50: number;
      p90: number;
      p97_5: number;
      p99: number;
      p99_9: number;
    }

    interface Result {
      /** Seconds the run really lasted. */
      duration: number;
      errors: number;
      timeouts: number;
      non2xx: number;
      resets: number;
      '2xx': number;
      '4xx': number;
      '5xx': number;
      statusCodeStats: Record<string, { count: number }>;
      /** Milliseconds. */
      latency: Histogram;
      requests: Histogram & { sent: number };
    }

    interface Instance {
      stop(): void;
    }
  }

  function autocannon(options: autocannon.Options, done: (error: Error | null, result: autocannon.Result) => void): autocannon.Instance;

  export = autocannon;
}
