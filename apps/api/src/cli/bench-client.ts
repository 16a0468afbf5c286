import { Worker } from 'node:worker_threads';

/** p50 and p95 of a timed run, in milliseconds. */
export interface Timing {
  p50: number;
  p95: number;
}

/**
 * The benchmark's HTTP client, on its own thread. A browser is not in the API's process: timing requests from the
 * API's own event loop would charge the API for the client's work (building requests, parsing answers, its own
 * garbage collection) and stall both on each other's turns. The thread times each request from send to the last
 * byte of its parsed answer, and reports that time (so passing messages to and from it is not counted).
 */
const CLIENT = `
const { parentPort, workerData: { url, cookie } } = require('node:worker_threads');
parentPort.on('message', async ({ id, body }) => {
  try {
    const started = process.hrtime.bigint();
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
    const answer = await r.json();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    parentPort.postMessage({ id, ms });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

export class BenchClient {
  private readonly worker: Worker;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (ms: number) => void; reject: (e: Error) => void }>();

  constructor(url: string, cookie: string) {
    this.worker = new Worker(CLIENT, { eval: true, workerData: { url, cookie } });
    this.worker.on('message', (m: { id: number; ms: number; error?: string }) => {
      const waiter = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (m.error) waiter?.reject(new Error(m.error));
      else waiter?.resolve(m.ms);
    });
  }

  /** Sends the query once; resolves with how long its answer took, in milliseconds. */
  request(query: string, variables: Record<string, unknown> = {}): Promise<number> {
    const id = (this.next += 1);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, body: JSON.stringify({ query, variables }) });
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * Times an API request against its SQL baseline, taking turns: `warmUp` untimed rounds (the server's JIT compiles
 * the path, pools fill), then n rounds of one request and one baseline run. Taking turns puts both under the same
 * passing load of a shared machine, so a noisy second hurts neither side alone. A baseline that takes seconds (the
 * live SQL a figure's index answer stands in for) runs only in the first `sqlRuns` timed rounds.
 */
export async function compare(
  n: number,
  api: () => Promise<number>,
  sql: () => Promise<unknown>,
  warmUp = Math.min(50, n),
  sqlRuns = n,
): Promise<{ api: Timing; sql: Timing }> {
  const apiSamples: number[] = [];
  const sqlSamples: number[] = [];
  for (let i = 0; i < warmUp + n; i += 1) {
    const apiMs = await api();
    const timed = i >= warmUp;
    if (timed) apiSamples.push(apiMs);
    if (timed ? sqlSamples.length >= sqlRuns : sqlRuns < n) continue;
    const started = process.hrtime.bigint();
    await sql();
    const sqlMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (timed) sqlSamples.push(sqlMs);
  }
  return { api: percentiles(apiSamples), sql: percentiles(sqlSamples) };
}

export function percentiles(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length * 0.5)], p95: sorted[Math.floor(sorted.length * 0.95)] };
}
