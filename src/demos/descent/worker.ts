/** The double-descent demo's Web Worker: the sweep of fits off the main thread (jobs.ts). */
import { serveWorker } from '../kit/host';
import { handlers } from './jobs';

serveWorker(handlers);
