/**
 * The commander definition: flags → options, and the run that ties inputs, the pool, outputs and
 * the reporter together. Exit codes: 0 ok, 1 a document failed, 2 usage, 3 internal, 130 SIGINT, 143 SIGTERM.
 */
import { Command, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { articleJsonSchema, jsonlLineJsonSchema } from '../model/article.js';
import { type CleanOptions, DEFAULT_OPTIONS, REQUIRABLE_FIELDS, type RequirableField } from '../options.js';
import { EXIT, UsageError } from '../result.js';
import { type Config, loadConfig, loadRules } from './config.js';
import { explainFile } from './explain.js';
import { expandInputs } from './inputs.js';
import { runPool } from './pool.js';
import type { Outcome, Task } from './process.js';
import { type StreamLine, jsonLines, readStdin } from './read.js';
import { REPORT_SCHEMA, createReporter, failureLine, makeChalk, oneLine } from './report.js';
import { validateFiles } from './validate-files.js';
import { ClosedPipe, StdoutFailed, checkWritableTarget, foreignFile, outputPaths, realTarget, writeStdout } from './write.js';
import { idToken, parseRecord } from './records.js';

const VERSION = '0.1.0';

function intArg(name: string, min: number) {
  return (value: string): number => {
    // Digits only: Number() would also take "0x10", "1e2" and " 5".
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`${name} must be a whole number ≥ ${min}, got "${oneLine(value)}"`);
    return n;
  };
}

/** --require, repeatable: each use adds its fields. */
function requireArg(value: string, previous: RequirableField[] = []): RequirableField[] {
  const fields = value.split(',').map((s) => s.trim()).filter(Boolean);
  // "" or ",," (an unset variable) would switch the gate off without a word.
  if (!fields.length) throw new UsageError(`--require needs at least one field (known: ${REQUIRABLE_FIELDS.join(', ')}), got "${oneLine(value)}"`);
  const bad = fields.filter((f) => !(REQUIRABLE_FIELDS as readonly string[]).includes(f));
  if (bad.length) throw new UsageError(`--require: unknown field ${bad.map((b) => `"${oneLine(b)}"`).join(', ')} (known: ${REQUIRABLE_FIELDS.join(', ')})`);
  return [...new Set([...previous, ...(fields as RequirableField[])])];
}

/** A path option given as "" (an unset shell variable) would silently mean "none": refuse it. */
function pathArg(flag: string) {
  return (value: string): string => {
    if (value.trim() === '') throw new UsageError(`${flag} needs a path, got an empty string`);
    return value;
  };
}

/** A repeatable glob option; "" (an unset shell variable) is refused rather than matching nothing or crashing. */
const collectGlob = (flag: string) => (value: string, previous: string[] = []): string[] => {
  if (value.trim() === '') throw new UsageError(`${flag} needs a pattern, got an empty string`);
  return [...previous, value];
};

interface Flags {
  outDir?: string;
  jsonl?: boolean;
  format?: 'auto' | 'html' | 'text';
  pretty?: boolean;
  explain?: boolean;
  rules?: string;
  include?: string[];
  exclude?: string[];
  minWords?: number;
  require?: RequirableField[];
  report?: string;
  jobs?: number;
  maxBytes?: number;
  quiet?: boolean;
  progress?: boolean;
  color?: boolean;
  config?: string;
}

/** Flags given on the command line win over the config file, which wins over defaults. */
function resolve(program: Command, flags: Flags, config: Config): Required<Omit<Flags, 'config' | 'outDir' | 'rules' | 'report'>> & Pick<Flags, 'outDir' | 'rules' | 'report'> {
  const pick = <K extends keyof Config & keyof Flags>(key: K, fallback: NonNullable<Flags[K]>): NonNullable<Flags[K]> => {
    const fromCli = program.getOptionValueSource(key) === 'cli';
    const v = fromCli ? flags[key] : (config[key] ?? flags[key]);
    return (v ?? fallback) as NonNullable<Flags[K]>;
  };
  const optional = <K extends 'outDir' | 'rules' | 'report'>(key: K): string | undefined =>
    program.getOptionValueSource(key) === 'cli' ? flags[key] : (config[key] ?? flags[key]);
  return {
    jsonl: flags.jsonl ?? false,
    format: pick('format', 'auto'),
    pretty: pick('pretty', false),
    explain: pick('explain', false),
    include: pick('include', []),
    exclude: pick('exclude', []),
    minWords: pick('minWords', 0),
    require: pick('require', []),
    jobs: pick('jobs', Math.max(1, availableParallelism())),
    maxBytes: pick('maxBytes', DEFAULT_OPTIONS.maxBytes),
    quiet: pick('quiet', false),
    progress: pick('progress', true),
    color: pick('color', true),
    outDir: optional('outDir'),
    rules: optional('rules'),
    report: optional('report'),
  };
}

/** Tasks from --jsonl records on stdin, one per line, read lazily. */
async function* jsonlTasks(maxBytes: number): AsyncGenerator<Task> {
  let index = 0;
  // A record holds its document as a JSON string: escaping can double its length.
  const lines = jsonLines(process.stdin, 2 * maxBytes + JSONL_RECORD_OVERHEAD)[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<StreamLine>;
    try {
      next = await lines.next();
    } catch (err) {
      // Ctrl-C closes stdin under a pending read: the records end there.
      if ((err as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
      throw err;
    }
    if (next.done) return;
    const line = next.value;
    // A blank line is an input line too: it gets its own error line, so line N in is line N out.
    if ('tooLong' in line) {
      yield { index, path: null, id: idToken(line.head) ?? `line-${index + 1}`, error: { code: 'too-large', message: `record of ${line.tooLong} bytes, over twice --max-bytes ${maxBytes}` } };
    } else {
      const task = parseRecord(line.text, index);
      // Stray legacy bytes were read as windows-1252, as in a file, and the output says so.
      yield line.invalid ? { ...task, warnings: [`invalid UTF-8 in the record: ${line.invalid} byte(s) decoded as windows-1252`] } : task;
    }
    index++;
  }
}
/** -j is capped at this many threads per core. */
const MAX_JOBS_PER_CPU = 2;

/** Room for a record's id, url and keys around its document. */
const JSONL_RECORD_OVERHEAD = 1 << 20;

async function runClean(program: Command, args: string[], flags: Flags): Promise<number> {
  const cwd = process.cwd();
  const { config } = loadConfig(flags.config, cwd);
  const o = resolve(program, flags, config);
  const rules = o.rules ? path.resolve(cwd, o.rules) : undefined;
  loadRules(rules); // fail fast (exit 2) on a bad rules file, before any work
  const reportFile = o.report ? path.resolve(cwd, o.report) : null;
  // An unusable report path is a configuration error, found before a long run, not after it.
  if (reportFile) checkWritableTarget('--report', o.report!, reportFile, 'file');
  // Only a report replaces a report: `--report page.txt` (taken for a switch) must not eat a dump.
  if (reportFile && foreignFile(reportFile, REPORT_SCHEMA)) throw new UsageError(`--report ${o.report}: the file exists and is not an artclean report; not overwritten`);
  const options: CleanOptions = { format: o.format, explain: o.explain, maxBytes: o.maxBytes, minWords: o.minWords, require: o.require };
  const stderr = process.stderr;
  const color = o.color && stderr.isTTY === true && !process.env['NO_COLOR'] && process.env['FORCE_COLOR'] !== '0';
  const outDir = o.outDir ? path.resolve(cwd, o.outDir) : null;

  let tasks: AsyncIterable<Task> | Iterable<Task>;
  let total: number | null = null;
  let outFiles: string[] = [];
  let single = false;
  const preFailures: Outcome[] = [];
  if (outDir) checkWritableTarget('--out-dir', o.outDir!, outDir, 'folder'); // created on first write
  if (o.jsonl) {
    if (args.length) throw new UsageError('--jsonl reads records from stdin: give no paths');
    if (outDir) throw new UsageError('--jsonl writes one line per record to stdout: --out-dir cannot be used with it');
    tasks = jsonlTasks(options.maxBytes);
  } else {
    if (!args.length) throw new UsageError('no input: give files, folders, globs or "-" for stdin (see --help)');
    if (args.some((a) => a.trim() === '')) throw new UsageError('an input path is an empty string (an unset variable?)');
    if (args.filter((a) => a === '-').length > 1) throw new UsageError('"-" (stdin) can be given once');
    const { inputs, missing } = await expandInputs(args, { include: o.include, exclude: o.exclude, outDir: outDir ? realTarget(outDir) : null, cwd });
    for (const m of missing) preFailures.push({ index: -1, id: m.path, path: m.path, status: 'failed', code: m.code, message: m.message, warnings: [], words: 0, bytes: 0, ms: 0 });
    total = inputs.length + missing.length;
    single = inputs.length + missing.length === 1;
    if (outDir) outFiles = outputPaths(inputs.map((i) => i.rel), outDir);
    // Compared as real paths: a link to the input folder as --out-dir must not overwrite an input.
    const inputSet = new Set(outDir || reportFile ? inputs.filter((i) => i.path !== '-').map((i) => realTarget(i.path)) : []);
    // The report is never written over an input or an output (`--report page.txt` taken for a switch).
    if (reportFile) {
      const r = realTarget(reportFile);
      if (inputSet.has(r)) throw new UsageError(`--report ${o.report}: is an input file; it would be overwritten`);
      if (outFiles.some((f) => realTarget(f) === r)) throw new UsageError(`--report ${o.report}: is where an output is written`);
    }
    const list: Task[] = [];
    for (const [index, inp] of inputs.entries()) {
      if (inp.path === '-') {
        const read = await readStdin(options.maxBytes);
        const out = outDir ? { outFile: outFiles[index]! } : {}; // with --out-dir: OUT/stdin.json
        list.push(read.ok ? { index, path: null, id: 'stdin', bytes: read.value, ...out } : { index, path: null, id: 'stdin', text: '', error: read.reason });
      } else if (outDir && inputSet.has(realTarget(outFiles[index]!))) {
        list.push({ index, path: inp.path, id: inp.rel, error: { code: 'would-overwrite', message: `output ${outFiles[index]} would overwrite an input` } });
      } else list.push({ index, path: inp.path, id: inp.rel, ...(outDir ? { outFile: outFiles[index]! } : {}) });
    }
    tasks = list;
  }

  const reporter = createReporter({
    color,
    // Not when the JSON itself goes to the same terminal: the bar would be drawn into the articles.
    progress: o.progress && stderr.isTTY === true && !process.env['NO_COLOR'] && (outDir !== null || process.stdout.isTTY !== true),
    quiet: o.quiet,
    total,
    reportFile,
    stderr,
  });
  let failed = 0;
  let internal = 0;
  let interrupted = false;
  // SIGINT (Ctrl-C) exits 130; SIGTERM (a CI timeout, `docker stop`) 143. Either way the documents
  // in flight finish, nothing new starts, and the summary and report are written.
  let exitOnSignal: number = EXIT.interrupted;
  const onSignal = (code: number) => (): void => {
    if (interrupted) process.exit(code); // a second signal: leave now (outputs are atomic)
    interrupted = true;
    exitOnSignal = code;
    // --jsonl may be waiting for a record that never comes: stop reading, so the run ends now.
    if (o.jsonl) process.stdin.destroy();
  };
  const onSigint = onSignal(EXIT.interrupted);
  const onSigterm = onSignal(EXIT.terminated);
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigterm);
  for (const f of preFailures) {
    failed++;
    reporter.outcome(f);
  }
  try {
    await runPool(tasks, {
      // No more threads than documents: each costs a worker start-up and its memory.
      // (and no more than MAX_JOBS_PER_CPU per core: 200 threads on 2 cores only cost memory and time).
      jobs: Math.max(1, Math.min(o.jobs, MAX_JOBS_PER_CPU * availableParallelism(), total === null ? Infinity : total - preFailures.length)),
      options,
      rulesFile: rules,
      pretty: o.pretty && (single || outDir !== null),
      stopped: () => interrupted,
      onOutcome: async (out) => {
        // With --out-dir the worker that cleaned a document also wrote it (atomically).
        if (out.status !== 'ok') failed++;
        if (out.code === 'internal') internal++;
        reporter.outcome(out);
        if (outDir) return;
        if (o.jsonl) {
          await writeStdout((out.json ?? JSON.stringify({ id: out.id, error: { code: out.code ?? 'internal', message: out.message ?? 'failed' } })) + '\n');
        } else if (out.status === 'ok' && out.json) {
          await writeStdout(out.json + '\n');
        }
      },
    });
  } catch (err) {
    if (err instanceof StdoutFailed) {
      reporter.finish(interrupted, true); // the report still records what was done
      throw err;
    }
    if (!(err instanceof ClosedPipe)) throw err;
    // The reader went away (`| head -1`): stop quietly, but still write the report.
    reporter.finish(interrupted, true);
    return internal ? EXIT.internal : failed ? EXIT.failed : EXIT.ok;
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
  }
  reporter.finish(interrupted);
  if (interrupted) return exitOnSignal;
  // A document that hit a bug in artclean makes the run an internal error (exit 3), not a bad input.
  return internal ? EXIT.internal : failed ? EXIT.failed : EXIT.ok;
}

function buildProgram(state: { code: number }): Command {
  const program = new Command();
  program
    .name('artclean')
    .description('Clean scraped article dumps (plain text or HTML) into validated JSON (artclean/article@1).')
    .version(VERSION)
    .argument('[paths...]', 'files, folders (recursive), globs, or "-" for stdin')
    .option('-o, --out-dir <dir>', 'write one JSON per input, mirroring relative paths (atomic writes)', pathArg('--out-dir'))
    .option('--jsonl', 'read JSON Lines records {id?, url?, html? | text?} on stdin, write one line per record')
    .addOption(new Option('--format <format>', 'input format').choices(['auto', 'html', 'text']))
    .option('--pretty', 'indent JSON output (one input, or --out-dir files)')
    .option('--no-pretty', 'compact JSON even when the config file says pretty')
    .option('--explain', 'add "removed": label, rule and text of every dropped block')
    .option('--no-explain', 'no "removed" even when the config file says explain')
    .option('--rules <file>', 'extra rules (JSON) merged over the built-in ones', pathArg('--rules'))
    .option('--include <glob>', 'folder filter: files to take, at any depth when the pattern has no "/" (repeatable; default: *.txt, *.html, …)', collectGlob('--include'))
    .option('--exclude <glob>', 'folder filter: files to skip (repeatable)', collectGlob('--exclude'))
    .option('--min-words <n>', 'quality gate: a body with fewer words fails', intArg('--min-words', 0))
    .option('--require <fields>', `quality gate: comma-separated fields that must be present (${REQUIRABLE_FIELDS.join(', ')})`, requireArg)
    .option('--report <file>', 'write a JSON summary of the run', pathArg('--report'))
    .option('-j, --jobs <n>', 'worker threads (default: CPU count)', intArg('--jobs', 1))
    .option('--max-bytes <n>', 'refuse inputs larger than this (default 50 MB)', intArg('--max-bytes', 1))
    .option('--config <file>', 'config file (default: ./artclean.config.json when present)', pathArg('--config'))
    .option('-q, --quiet', 'no progress bar and no summary (failures are still reported)')
    .option('--no-quiet', 'progress and summary even when the config file says quiet')
    .option('--no-progress', 'no progress bar')
    .option('--no-color', 'no colour on stderr (also NO_COLOR=1)')
    // Options after a subcommand name belong to the subcommand: `explain --no-color`, `explain --rules`.
    .enablePositionalOptions()
    .action(async (paths: string[], flags: Flags, cmd: Command) => {
      state.code = await runClean(cmd, paths, flags);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .option('--jsonl', 'the schema of a --jsonl output line: an article or an error record')
    .action(async (flags: { jsonl?: boolean }) => {
      await writeStdout(JSON.stringify(flags.jsonl ? jsonlLineJsonSchema() : articleJsonSchema(), null, 2) + '\n');
      state.code = EXIT.ok;
    });
  program
    .command('explain')
    .description('show every block of a file with its label and the rule that decided it')
    .argument('<file>', 'a text dump or HTML page, or "-" for stdin')
    .addOption(new Option('--format <format>', 'input format').choices(['auto', 'html', 'text']))
    .option('--rules <file>', 'extra rules (JSON)', pathArg('--rules'))
    .option('--no-color', 'no colour')
    .action(async (file: string, flags: { format?: 'auto' | 'html' | 'text'; rules?: string; color: boolean }, cmd: Command) => {
      // Options given before the subcommand (`artclean --rules r.json explain f`) and the config
      // file count too; options after it win.
      const parent = cmd.parent as Command;
      const top = parent.opts<Flags>();
      const given = <K extends 'format' | 'rules' | 'color'>(key: K): Flags[K] | undefined =>
        cmd.getOptionValueSource(key) === 'cli' ? flags[key] : parent.getOptionValueSource(key) === 'cli' ? top[key] : undefined;
      const cwd = process.cwd();
      const { config } = loadConfig(top.config, cwd);
      const rules = given('rules');
      state.code = await explainFile(file, {
        format: given('format') ?? config.format ?? 'auto',
        rules: rules !== undefined ? path.resolve(cwd, rules) : config.rules,
        color: given('color') ?? config.color ?? true,
        maxBytes: (parent.getOptionValueSource('maxBytes') === 'cli' ? top.maxBytes : undefined) ?? config.maxBytes ?? DEFAULT_OPTIONS.maxBytes,
      });
    });
  program
    .command('validate')
    .description('check JSON outputs against the schema; exit 1 when any fails')
    .argument('<files...>', 'JSON or JSON Lines files written by artclean, or "-" for stdin')
    .option('--no-color', 'no colour')
    .action(async (files: string[], flags: { color: boolean }, cmd: Command) => {
      // --no-color before the subcommand, or in the config file, counts too.
      const parent = cmd.parent as Command;
      const color = cmd.getOptionValueSource('color') === 'cli' ? flags.color : parent.getOptionValueSource('color') === 'cli' ? parent.opts<Flags>().color : loadConfig(parent.opts<Flags>().config, process.cwd()).config.color;
      state.code = await validateFiles(files, { color: color ?? true });
    });
  return program;
}

/**
 * After "--" every word is a path: a file or folder named like a subcommand ("schema") is cleaned,
 * not run. commander would still dispatch it, so such a path is given as "./schema".
 */
function pathsAfterDashes(argv: string[], commands: string[]): string[] {
  const dashes = argv.indexOf('--', 2);
  if (dashes < 0) return argv;
  return argv.map((a, i) => (i > dashes && commands.includes(a) ? `.${path.sep}${a}` : a));
}

/** Run the CLI; resolves to the process exit code. Never throws. */
export async function run(argv: string[]): Promise<number> {
  const state = { code: EXIT.ok as number };
  const program = buildProgram(state);
  program.exitOverride();
  // A usage error is one line, as every diagnostic: "artclean: unknown option '--bogus' (see --help)".
  const output = {
    writeErr: (s: string) => process.stderr.write(s),
    writeOut: (s: string) => process.stdout.write(s),
    outputError: (s: string, write: (t: string) => void) => write(`artclean: ${oneLine(s.trim().replace(/^error:\s*/, ''))} (see artclean --help)\n`),
  };
  program.configureOutput(output);
  for (const sub of program.commands) {
    sub.exitOverride();
    sub.configureOutput(output);
  }
  try {
    await program.parseAsync(pathsAfterDashes(argv, program.commands.map((c) => c.name())));
    return state.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`${makeChalk(false).red('artclean:')} ${oneLine(err.message)}\n`);
      return EXIT.usage;
    }
    if (err instanceof ClosedPipe) return EXIT.ok;
    if (err instanceof StdoutFailed) {
      process.stderr.write(`artclean: ${oneLine(err.message)}\n`);
      return EXIT.internal;
    }
    const errno = err as NodeJS.ErrnoException;
    if (typeof errno?.code === 'string' && typeof errno.syscall === 'string') {
      // An I/O failure outside any one document (the --report file, the output folder): one line, no stack.
      process.stderr.write(`artclean: ${oneLine(errno.message)}\n`);
      return EXIT.internal;
    }
    process.stderr.write(`artclean: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    return EXIT.internal;
  }
}

export { failureLine };
