export { workerScriptUrl } from './worker-script.js';
export {
  pipeThroughWorker,
  serveWorkerPipe,
  PipeDestinationClosedError,
  type WorkerPipeOptions,
} from './worker-pipe.js';
