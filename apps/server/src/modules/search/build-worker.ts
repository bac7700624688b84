/** A worker thread that builds or derives postings (postings.ts) so that the server's thread keeps answering. */
import { parentPort } from 'node:worker_threads';
import { type PostingsJob, runJob, transferables } from './postings';

parentPort!.on('message', (job: PostingsJob) => {
  runJob(job).then(
    (output) => parentPort!.postMessage({ output }, transferables(output)),
    (err: unknown) => parentPort!.postMessage({ error: String(err) }),
  );
});
