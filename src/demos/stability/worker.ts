/** The stability demo's Web Worker: the lasso paths of the subsamples off the main thread (jobs.ts). */
import { serveWorker } from '../kit/host';
import { handlers } from './jobs';

serveWorker(handlers);
