/** A worker thread that builds postings (postings.ts) so that the server's thread keeps answering. */
import { parentPort } from 'node:worker_threads';
import { buildPostings, type PostingsInput, transferables } from './postings';

parentPort!.on('message', (input: PostingsInput) => {
  buildPostings(input).then(
    (output) => parentPort!.postMessage({ output }, transferables(output)),
    (err: unknown) => parentPort!.postMessage({ error: String(err) }),
  );
});
