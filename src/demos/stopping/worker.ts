/** The early-stopping demo's Web Worker: trains the network off the main thread (jobs.ts). */
import { serveWorker } from '../kit/host';
import { handlers } from './jobs';

serveWorker(handlers);
