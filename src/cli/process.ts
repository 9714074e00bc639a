/**
 * One task → one outcome, the unit both the main thread (-j 1) and worker threads run: read the
 * input, clean it, serialise the result. Returns plain data that crosses a thread boundary.
 */
import type { CleanOptions } from '../options.js';
import { type DocumentInput, cleanDocument } from '../pipeline.js';
import type { Reason, ReasonCode } from '../result.js';
import type { CompiledRules } from '../rules/index.js';
import { readInput } from './read.js';
import { SCHEMA_ID as ARTICLE_SCHEMA } from '../model/article.js';
import { foreignFile, writeAtomic } from './write.js';

export interface Task {
  index: number;
  /** Absolute path, or null for a record or stdin whose bytes are given. */
  path: string | null;
  id: string;
  url?: string | null;
  bytes?: Uint8Array;
  text?: string;
  format?: 'html' | 'text';
  /** With --out-dir: where the article is written (atomically) by whoever runs the task. */
  outFile?: string;
  /** Set when the task failed before cleaning (a bad --jsonl record, an output that would overwrite an input). */
  error?: Reason;
  /** Warnings found before cleaning (a --jsonl line that was not valid UTF-8), passed on to the article. */
  warnings?: string[];
}

export interface Outcome {
  index: number;
  id: string;
  path: string | null;
  status: 'ok' | 'failed';
  code?: ReasonCode;
  message?: string;
  /** The article as JSON (compact, or indented with --pretty). */
  json?: string;
  warnings: string[];
  words: number;
  bytes: number;
  ms: number;
}

export interface ProcessContext {
  options: CleanOptions;
  rules: CompiledRules;
  pretty: boolean;
}

export function processTask(task: Task, ctx: ProcessContext): Outcome {
  const started = performance.now();
  const base = { index: task.index, id: task.id, path: task.path };
  const done = (o: Omit<Outcome, 'index' | 'id' | 'path' | 'ms'>): Outcome => ({ ...base, ...o, ms: Math.round((performance.now() - started) * 10) / 10 });
  if (task.error) return done({ status: 'failed', code: task.error.code, message: task.error.message, warnings: [], words: 0, bytes: 0 });
  let bytes = task.bytes;
  if (!bytes && task.text === undefined) {
    if (!task.path) return done({ status: 'failed', code: 'internal', message: 'task without input', warnings: [], words: 0, bytes: 0 });
    const read = readInput(task.path, ctx.options.maxBytes);
    if (!read.ok) return done({ status: 'failed', code: read.reason.code, message: read.reason.message, warnings: [], words: 0, bytes: 0 });
    bytes = read.value;
  }
  const input: DocumentInput = {
    id: task.id,
    path: task.path === null ? null : task.id,
    url: task.url ?? null,
    bytes: bytes ?? Buffer.from(task.text ?? '', 'utf8'),
    ...(task.text !== undefined ? { text: task.text } : {}),
    ...(task.format ? { format: task.format } : {}),
    ...(task.warnings ? { warnings: task.warnings } : {}),
  };
  let result;
  try {
    result = cleanDocument(input, ctx.options, ctx.rules);
  } catch (err) {
    return done({ status: 'failed', code: 'internal', message: `internal error: ${(err as Error).message}`, warnings: [], words: 0, bytes: input.bytes.length });
  }
  if (!result.ok) return done({ status: 'failed', code: result.reason.code, message: result.reason.message, warnings: [], words: 0, bytes: input.bytes.length });
  const { article } = result.value;
  const json = ctx.pretty ? JSON.stringify(article, null, 2) : JSON.stringify(article);
  const stats = { warnings: article.warnings, words: article.stats.words, bytes: input.bytes.length };
  if (task.outFile) {
    // Written here, in the worker, so that writing scales with the jobs like cleaning does.
    if (foreignFile(task.outFile, ARTICLE_SCHEMA)) {
      return done({ status: 'failed', code: 'would-overwrite', message: `${task.outFile} exists and was not written by artclean: not overwritten`, ...stats });
    }
    try {
      writeAtomic(task.outFile, json + '\n');
    } catch (err) {
      // A write that fails (permissions, a full disk, a folder in the way) fails this document, not the run.
      const why = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      return done({ status: 'failed', code: 'unwritable', message: `cannot write ${task.outFile} (${why})`, ...stats });
    }
    return done({ status: 'ok', ...stats });
  }
  return done({ status: 'ok', json, ...stats });
}
