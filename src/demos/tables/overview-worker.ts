/// <reference lib="webworker" />
/** Recomputes the overview table for a new seed off the main thread (timings are the reader's). */
import { computeOverview } from './overview';

self.onmessage = (e: MessageEvent<{ job: number; seed: number }>) => {
  const { job, seed } = e.data;
  try {
    self.postMessage({ job, result: computeOverview(seed) });
  } catch (err) {
    self.postMessage({ job, error: String(err) });
  }
};
