import { serveWorker } from '../kit/host';
import { handlers } from './jobs';

serveWorker(handlers);
