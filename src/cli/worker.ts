/** Worker-thread entry: compiles the rules once, then cleans the tasks the pool sends. */
import { parentPort, workerData } from 'node:worker_threads';
import type { CleanOptions } from '../options.js';
import { loadRules } from './config.js';
import { type Task, processTask } from './process.js';

interface WorkerInit {
  options: CleanOptions;
  rulesFile?: string;
  pretty: boolean;
}

const init = workerData as WorkerInit;
const ctx = { options: init.options, rules: loadRules(init.rulesFile), pretty: init.pretty };

parentPort?.on('message', (task: Task) => {
  parentPort?.postMessage(processTask(task, ctx));
});
