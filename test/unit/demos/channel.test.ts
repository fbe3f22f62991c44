/**
 * The compute channel and its host, run on the page side (the fallback): jobs in a lane
 * supersede each other, so only the last job's result is delivered and queued stale jobs never
 * start; progress reaches only the current job; errors reject.
 */
import { describe, expect, it } from 'vitest';
import { createChannel } from '../../../src/demos/kit/channel';
import { type FromHost, type Handlers, type JobContext, createHost } from '../../../src/demos/kit/host';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const settle = async (n = 5) => {
  for (let i = 0; i < n; i++) await tick();
};

/** Handlers that record which inputs actually started. */
function recording() {
  const started: number[] = [];
  const handlers: Handlers = {
    square(x: number) {
      started.push(x);
      return x * x;
    },
    fail() {
      throw new RangeError('alpha must be ≥ 0, got -1');
    },
    stream(n: number, job: JobContext) {
      return new Promise((resolve) => {
        let k = 0;
        const step = () => {
          if (job.cancelled || k === n) return resolve(k);
          job.progress(++k);
          setTimeout(step, 0);
        };
        step();
      });
    },
  };
  return { started, handlers };
}

describe('compute channel (page fallback)', () => {
  it('delivers only the last result of a lane; stale jobs resolve to undefined and never start', async () => {
    const { started, handlers } = recording();
    const channel = createChannel({ fallback: async () => handlers });
    const results = await Promise.all([1, 2, 3, 4, 5].map((x) => channel.run<number>('square', x)));
    expect(results).toEqual([undefined, undefined, undefined, undefined, 25]);
    expect(started).toEqual([5]);
    expect(channel.where).toBe('page');
  });

  it('keeps lanes apart', async () => {
    const { handlers } = recording();
    const channel = createChannel({ fallback: async () => handlers });
    const [a, b] = await Promise.all([channel.run<number>('square', 3, { lane: 'a' }), channel.run<number>('square', 4, { lane: 'b' })]);
    expect([a, b]).toEqual([9, 16]);
  });

  it('rejects with the handler’s message', async () => {
    const { handlers } = recording();
    const channel = createChannel({ fallback: async () => handlers });
    await expect(channel.run('fail', null)).rejects.toThrow('alpha must be ≥ 0, got -1');
    await expect(channel.run('nope', null)).rejects.toThrow('unknown job kind "nope"');
  });

  it('streams progress to the current job only, and a newer job stops a running one', async () => {
    const { handlers } = recording();
    const channel = createChannel({ fallback: async () => handlers });
    const seen: unknown[] = [];
    const first = channel.run<number>('stream', 1000, { onProgress: (v) => seen.push(v) });
    await settle(20);
    expect(seen.length).toBeGreaterThan(0);
    const countAtSwitch = seen.length;
    const second = channel.run<number>('stream', 3);
    expect(await first).toBeUndefined();
    expect(await second).toBe(3);
    await settle(20);
    // The first job's stream stopped: no progress of it arrived after it was superseded.
    expect(seen.length).toBeLessThanOrEqual(countAtSwitch + 1);
  });

  it('cancel() stops the lane without starting another job', async () => {
    const { handlers } = recording();
    const channel = createChannel({ fallback: async () => handlers });
    const run = channel.run<number>('stream', 1000);
    await settle(3);
    channel.cancel('stream');
    expect(await run).toBeUndefined();
  });
});

describe('compute host', () => {
  it('drops queued jobs of a lane that a newer job replaced, before they start', async () => {
    const { started, handlers } = recording();
    const sent: FromHost[] = [];
    const host = createHost(handlers, (m) => sent.push(m));
    for (const [id, x] of [
      [1, 1],
      [2, 2],
      [3, 3],
    ])
      host.receive({ type: 'run', id: id!, lane: 'l', kind: 'square', input: x });
    await settle();
    expect(started).toEqual([3]);
    expect(sent).toEqual([
      { id: 1, type: 'cancelled' },
      { id: 2, type: 'cancelled' },
      { id: 3, type: 'result', value: 9 },
    ]);
  });
});
