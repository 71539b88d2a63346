// The part of autocannon's API our load tests and benchmarks use (the package ships no types).
declare module "autocannon" {
  namespace autocannon {
    type Request = { method?: string; path: string; headers?: Record<string, string> };
    type Options = {
      url: string;
      connections?: number;
      duration?: number;
      amount?: number;
      timeout?: number;
      requests?: Request[];
      headers?: Record<string, string>;
    };
    type Result = {
      url: string;
      errors: number;
      timeouts: number;
      non2xx: number;
      requests: { total: number; average: number };
      latency: { p50: number; p99: number; average: number };
    };
  }
  function autocannon(options: autocannon.Options, done: (error: Error | null, result: autocannon.Result) => void): unknown;
  export default autocannon;
}
