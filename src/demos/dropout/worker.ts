/** The dropout demo's Web Worker: trains both networks off the main thread (jobs.ts). */
import { serveWorker } from '../kit/host';
import { handlers } from './jobs';

serveWorker(handlers);
