/** The logistic demo's Web Worker: gradient descent off the main thread (jobs.ts). */
import { serveWorker } from '../kit/host';
import { handlers } from './jobs';

serveWorker(handlers);
