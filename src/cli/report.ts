/**
 * Everything a run tells a person or a CI step, on stderr or in --report: one line per failed
 * document, a progress bar on a TTY, a one-screen summary, and the JSON report.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { REASON_CODES } from '../result.js';
import type { Outcome } from './process.js';
import { writeAtomic } from './write.js';

/** The report file's schema id: its first key, by which a later run knows it may replace the file. */
export const REPORT_SCHEMA = 'artclean/report@1';

export interface Reporter {
  outcome(o: Outcome): void;
  /** Print the summary and write the report; `quietly` skips the summary (stdout's reader left). */
  finish(interrupted: boolean, quietly?: boolean): void;
  total: number | null;
}

export interface ReporterOptions {
  color: boolean;
  progress: boolean;
  quiet: boolean;
  total: number | null;
  reportFile: string | null;
  stderr: NodeJS.WriteStream;
}

interface Totals {
  ok: number;
  failed: number;
  byCode: Record<string, number>;
  warnings: Record<string, number>;
}

export function makeChalk(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

/**
 * Text that stays on one line of a terminal: control characters (a newline in a file name, an
 * ANSI escape in a record id) are printed as escapes, never executed.
 */
export function oneLine(text: string): string {
  return text.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line for a failed document: the file, the reason, the code. */
export function failureLine(o: Pick<Outcome, 'id' | 'code' | 'message'>, c: ChalkInstance): string {
  return `${c.red('artclean:')} ${oneLine(o.id)}: ${oneLine(o.message ?? 'failed')} ${c.dim(`[${o.code ?? 'internal'}]`)}`;
}

export function createReporter(opts: ReporterOptions): Reporter {
  const c = makeChalk(opts.color);
  const started = Date.now();
  const totals: Totals = { ok: 0, failed: 0, byCode: {}, warnings: {} };
  const perInput: Array<Record<string, unknown>> = [];
  let done = 0;
  let lastDraw = 0;
  const showProgress = opts.progress && !opts.quiet;
  // Without colour (--no-color) the bar is erased with spaces, not an ANSI escape.
  let drawn = 0;
  const erase = (): string => (opts.color ? '\r\x1b[2K' : `\r${' '.repeat(drawn)}\r`);
  const clearLine = (): void => {
    if (showProgress) opts.stderr.write(erase());
    drawn = 0;
  };
  const draw = (): void => {
    const now = Date.now();
    if (!showProgress || now - lastDraw < 100) return;
    lastDraw = now;
    const secs = (now - started) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const total = opts.total;
    const width = 24;
    const frac = total ? Math.min(1, done / total) : 0;
    const bar = total ? '█'.repeat(Math.round(frac * width)).padEnd(width, '░') : '';
    const eta = total && rate > 0 ? `ETA ${Math.ceil((total - done) / rate)}s` : '';
    const line = `${bar} ${done}${total ? `/${total}` : ''} ${rate.toFixed(1)} docs/s ${eta}`;
    opts.stderr.write(erase() + line);
    drawn = line.length;
  };
  return {
    total: opts.total,
    outcome(o) {
      done++;
      if (o.status === 'ok') totals.ok++;
      else {
        totals.failed++;
        totals.byCode[o.code ?? 'internal'] = (totals.byCode[o.code ?? 'internal'] ?? 0) + 1;
        clearLine();
        opts.stderr.write(failureLine(o, c) + '\n');
      }
      for (const w of o.warnings) totals.warnings[w] = (totals.warnings[w] ?? 0) + 1;
      if (opts.reportFile) {
        perInput.push({ id: o.id, path: o.path, status: o.status, reason: o.code ? { code: o.code, message: o.message } : null, warnings: o.warnings, words: o.words, bytes: o.bytes, ms: o.ms });
      }
      draw();
    },
    finish(interrupted, quietly = false) {
      clearLine();
      const seconds = (Date.now() - started) / 1000;
      if (!opts.quiet && !quietly) {
        const lines: string[] = [];
        const head = `${c.bold('artclean')}: ${c.green(`${totals.ok} cleaned`)}, ${totals.failed ? c.red(`${totals.failed} failed`) : '0 failed'} in ${seconds.toFixed(1)}s${interrupted ? c.yellow(' (interrupted)') : ''}`;
        lines.push(head);
        for (const [code, n] of Object.entries(totals.byCode).sort()) lines.push(`  ${c.red(String(n).padStart(6))} ${code} ${c.dim(`— ${REASON_CODES[code as keyof typeof REASON_CODES] ?? ''}`)}`);
        const worst = Object.entries(totals.warnings).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
        if (worst.length) {
          lines.push(c.dim('  most frequent warnings:'));
          for (const [w, n] of worst) lines.push(`  ${c.yellow(String(n).padStart(6))} ${w}`);
        }
        opts.stderr.write(lines.join('\n') + '\n');
      }
      if (opts.reportFile) {
        const report = {
          schema: REPORT_SCHEMA,
          interrupted,
          // inputs: what the run was given (known up front for paths, not for --jsonl); processed: what it got through.
          totals: { inputs: opts.total ?? totals.ok + totals.failed, processed: totals.ok + totals.failed, ok: totals.ok, failed: totals.failed, byReason: totals.byCode },
          timing: { seconds: Math.round(seconds * 1000) / 1000, docsPerSecond: seconds > 0 ? Math.round(((totals.ok + totals.failed) / seconds) * 10) / 10 : null },
          inputs: perInput,
        };
        writeAtomic(opts.reportFile, JSON.stringify(report, null, 2) + '\n');
      }
    },
  };
}
