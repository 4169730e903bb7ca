import { parentPort } from 'node:worker_threads';
import { SearchHost, type HostRequest } from './search-host';

/**
 * Worker-thread entry (bundled to out/main/search-worker.js): loading and querying the index
 * happen here so the main process never blocks on them.
 */
if (parentPort) {
  const port = parentPort;
  const host = new SearchHost((reply) => port.postMessage(reply));
  port.on('message', (message: HostRequest) => host.handle(message));
} else {
  console.error('search-worker.js runs as a worker thread of the Dossier main process.');
  process.exitCode = 1;
}
