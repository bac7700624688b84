/**
 * Postings of large segments are built in one worker thread, so that a province-sized rebuild
 * neither stops the queries answered meanwhile nor waits for them. The worker starts on first use
 * and is kept, but holds the process open only while it works. If it cannot start or fails, the
 * caller builds in its own thread, in slices.
 */
import { Worker } from 'node:worker_threads';
import type { PostingsJob, PostingsOutput } from './postings';

let worker: Worker | undefined;
let unavailable = false;
/** Builds run one after another (a refresh indexes its new versions in turn anyway). */
let queue: Promise<unknown> = Promise.resolve();

function startWorker(): Worker {
  const url = new URL('./build-worker.ts', import.meta.url).href;
  // The server runs its TypeScript through tsx (npm start: node --import tsx); the worker does too.
  const source = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
  const w = new Worker(source, { eval: true });
  w.unref();
  w.on('exit', () => {
    if (worker === w) worker = undefined;
  });
  return w;
}

function run(job: PostingsJob): Promise<PostingsOutput> {
  worker ??= startWorker();
  const w = worker;
  return new Promise<PostingsOutput>((resolve, reject) => {
    const done = () => {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      w.unref();
    };
    const onMessage = (msg: { output?: PostingsOutput; error?: string }) => {
      done();
      if (msg.output) resolve(msg.output);
      else reject(new Error(msg.error ?? 'postings build failed'));
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`postings worker exited with ${code}`));
    };
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    w.ref();
    w.postMessage(job);
  });
}

/** The job's postings, made in the worker thread, or undefined when it is not available. */
export function offThread(job: PostingsJob): Promise<PostingsOutput | undefined> {
  if (unavailable) return Promise.resolve(undefined);
  const result = queue.then(() =>
    run(job).catch(async () => {
      unavailable = true;
      await worker?.terminate();
      worker = undefined;
      return undefined;
    }),
  );
  queue = result;
  return result;
}
