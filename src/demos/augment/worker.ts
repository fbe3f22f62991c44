/// <reference lib="webworker" />
/** Trains the with/without-augmentation nets off the main thread. */
import { type AugmentSettings, runComparison } from './model';

self.onmessage = (e: MessageEvent<{ job: number; state: AugmentSettings }>) => {
  const { job, state } = e.data;
  try {
    self.postMessage({ job, result: runComparison(state) });
  } catch (err) {
    self.postMessage({ job, error: String(err) });
  }
};
