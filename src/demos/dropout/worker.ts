/** The dropout demo's Web Worker: trains both networks off the main thread. */
import { type Command, type Reply, createController } from './controller';

// Typed by hand: the project's DOM lib and the webworker lib cannot be loaded together.
const scope = self as unknown as {
  postMessage(message: Reply): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<Command>) => void): void;
};
const controller = createController((reply) => scope.postMessage(reply));
scope.addEventListener('message', (e) => controller.handle(e.data));
