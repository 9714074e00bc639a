/**
 * Runs tasks on N worker threads (or in the main thread for -j 1) and hands outcomes back in
 * input order. Memory is bounded by the jobs in flight plus a small reorder window, never by the
 * number of inputs: tasks are pulled from an iterator only when there is room.
 */
import { Worker } from 'node:worker_threads';
import type { CleanOptions } from '../options.js';
import { loadRules } from './config.js';
import { type Outcome, type Task, processTask } from './process.js';

export interface PoolOptions {
  jobs: number;
  options: CleanOptions;
  rulesFile?: string | undefined;
  pretty: boolean;
  /** Called once per task, in input order. */
  onOutcome: (o: Outcome) => Promise<void> | void;
  /** When it returns true, no new task is started; tasks in flight finish. */
  stopped: () => boolean;
}

/** How many finished-but-not-yet-emitted outcomes may wait for a slow earlier task, per job. */
const REORDER_WINDOW_PER_JOB = 8;

export async function runPool(tasks: AsyncIterable<Task> | Iterable<Task>, p: PoolOptions): Promise<void> {
  if (p.jobs <= 1) {
    const ctx = { options: p.options, rules: loadRules(p.rulesFile), pretty: p.pretty };
    for await (const task of tasks as AsyncIterable<Task>) {
      if (p.stopped()) break;
      await p.onOutcome(processTask(task, ctx));
      // Let signals and stdout drain events in between documents.
      await new Promise((r) => setImmediate(r));
    }
    return;
  }

  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const ready = new Map<number, Outcome>();
  let nextEmit = 0;
  let inFlight = 0;
  let exhausted = false;
  let emitting: Promise<void> = Promise.resolve();
  const iterator = (Symbol.asyncIterator in tasks ? (tasks as AsyncIterable<Task>)[Symbol.asyncIterator]() : (tasks as Iterable<Task>)[Symbol.iterator]()) as
    | AsyncIterator<Task>
    | Iterator<Task>;
  const window = p.jobs * REORDER_WINDOW_PER_JOB;
  let dispatched = 0;

  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (err: unknown): void => {
      if (failed) return;
      failed = true;
      reject(err);
    };
    const finishIfDone = (): void => {
      if ((exhausted || p.stopped()) && inFlight === 0) {
        emitting.then(() => resolve(), fail);
      }
    };
    const flush = (): void => {
      emitting = emitting.then(async () => {
        while (ready.has(nextEmit)) {
          const o = ready.get(nextEmit)!;
          ready.delete(nextEmit);
          nextEmit++;
          await p.onOutcome(o);
        }
      });
      emitting.catch(fail);
    };
    let pulling = false;
    const pump = async (): Promise<void> => {
      if (pulling) return;
      pulling = true;
      try {
        while (!exhausted && !p.stopped() && (idle.length || workers.length < p.jobs) && dispatched - nextEmit < window) {
          const next = await iterator.next();
          if (next.done) {
            exhausted = true;
            break;
          }
          // Workers start when there is work for them: three --jsonl records start three at most.
          if (!idle.length) spawn();
          const w = idle.pop()!;
          inFlight++;
          dispatched++;
          holding.set(w, next.value);
          w.postMessage(next.value);
        }
      } finally {
        pulling = false;
      }
      finishIfDone();
    };
    /** The task each busy worker holds, so that a worker that dies fails that one document only. */
    const holding = new Map<Worker, Task>();
    const lost = (w: Worker, why: string): void => {
      const task = holding.get(w);
      holding.delete(w);
      workers.splice(workers.indexOf(w), 1);
      const at = idle.indexOf(w);
      if (at >= 0) idle.splice(at, 1);
      void w.terminate();
      if (!task) return; // an idle worker that died: the next task starts a new one
      inFlight--;
      ready.set(task.index, { index: task.index, id: task.id, path: task.path, status: 'failed', code: 'internal', message: `the worker cleaning it stopped (${why})`, warnings: [], words: 0, bytes: 0, ms: 0 });
      flush();
      emitting.then(() => pump()).catch(fail);
    };
    const spawn = (): void => {
      const w = new Worker(workerUrl, { workerData: { options: p.options, rulesFile: p.rulesFile, pretty: p.pretty } });
      w.on('message', (o: Outcome) => {
        holding.delete(w);
        inFlight--;
        ready.set(o.index, o);
        idle.push(w);
        flush();
        emitting.then(() => pump()).catch(fail);
      });
      // A worker that runs out of memory or crashes takes its document down, not the batch.
      w.on('error', (err: Error) => lost(w, (err as NodeJS.ErrnoException).code ?? err.message));
      w.on('exit', (code) => {
        if (workers.includes(w)) lost(w, `exit code ${code}`);
      });
      workers.push(w);
      idle.push(w);
    };
    pump().catch(fail);
  }).finally(async () => {
    const all = [...workers];
    workers.length = 0; // their exits from here on are ours, not crashes
    await Promise.all(all.map((w) => w.terminate()));
  });
}
