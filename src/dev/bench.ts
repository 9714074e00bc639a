/**
 * `npm run bench`: measures, never asserts. Prints plain-text tables:
 *  1. single core, per input kind of the dev corpus: the floor (decode + parse, or decode + split
 *     into lines) against `cleanDocument`, with the issue's targets, and where the time goes;
 *  2. the real CLI over the whole corpus at -j 1 and -j 2;
 *  3. the CLI's peak memory over 2,000 and 20,000 generated small dumps;
 *  4. pathological inputs (each in its own process, for a clean peak RSS) and a regex-safety table.
 * Corpus parts are skipped when ../shared is absent. Everything generated lives in os.tmpdir()
 * and is removed afterwards. `npm run bench -- 1 3` runs only those parts. Internal mode: `bench.js --child <what> ...` runs one isolated case.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio/slim';
import { DEFAULT_OPTIONS } from '../options.js';
import { cleanDocument, segment } from '../pipeline.js';
import { BUILTIN_RULES, builtinRules, compileRules } from '../rules/index.js';
import { assemble } from '../stages/assemble.js';
import { classify } from '../stages/classify.js';
import { decode } from '../stages/decode.js';
import { detectFormat } from '../stages/detect-format.js';
import { extractMeta } from '../stages/html-meta.js';
import { REPO_ROOT, SHARED, corpusAvailable } from './corpus.js';
import { prng } from './prng.js';

const THIS_FILE = fileURLToPath(import.meta.url);
const BIN = path.join(REPO_ROOT, 'bin', 'artclean');
const CORPUS_DEV = path.join(SHARED, 'corpus', 'dev');
const TIME_BIN = '/usr/bin/time';
const MB = 1024 * 1024;

/** Timed repetitions per measurement (after one warm-up pass); the median is reported. */
const REPS = 3;
/** Issue targets: time per document relative to the floor. */
const TARGET = { html: 2, text: 10 } as const;
/** A regex slower than this on one adversarial string is flagged. */
const REGEX_FLAG_MS = 50;
/** A single regex test still running after this long is killed and reported as a hang. */
const REGEX_KILL_MS = 2000;
/** Wall-clock limit for one pathological case. */
const CASE_TIMEOUT_MS = 120_000;

const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
};

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------

const NUMERIC = /^[-+<>≈~]?\s?[\d.,]+\s?(?:x|%|ms|s|MB|KB|k)?$|^[-–]$/;

function table(title: string, head: string[], rows: (string | number)[][], notes: string[] = []): void {
  const cells = rows.map((r) => r.map((c) => String(c)));
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const right = head.map((_, i) => cells.length > 0 && cells.every((r) => NUMERIC.test((r[i] ?? '').trim()) || (r[i] ?? '') === ''));
  const line = (r: string[]): string =>
    r.map((c, i) => (right[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells) console.log(line(r));
  for (const n of notes) console.log(`  ${n}`);
}

const f0 = (n: number): string => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '-');
const f1 = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '-');
const f2 = (n: number): string => (Number.isFinite(n) ? n.toFixed(2) : '-');
const f3 = (n: number): string => (Number.isFinite(n) ? n.toFixed(3) : '-');
const mb = (bytes: number): string => f1(bytes / MB);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

function section(title: string): void {
  console.log(`\n${'='.repeat(100)}\n${title}\n${'='.repeat(100)}`);
}

// ---------------------------------------------------------------------------------------------
// Invented text (deterministic)
// ---------------------------------------------------------------------------------------------


const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'bri', 'del', 'mon', 'sar', 'qui', 'te', 'na', 'por', 'lem', 'zu', 'fa', 'gor', 'hin', 'ub', 'es', 'tra', 'vel', 'dan'];
const FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'in', 'a', 'that', 'is', 'was', 'for', 'on', 'with', 'as', 'by', 'at', 'from', 'it', 'said', 'were', 'their'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

class Writer {
  private readonly r: () => number;
  constructor(seed: number) {
    this.r = prng(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)] as T;
  }
  invented(): string {
    let w = '';
    for (let i = this.int(1, 3); i > 0; i--) w += this.pick(SYLLABLES);
    return w;
  }
  word(): string {
    return this.r() < 0.4 ? this.pick(FUNCTION_WORDS) : this.invented();
  }
  name(): string {
    const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
    return `${cap(this.invented())} ${cap(this.invented())}`;
  }
  title(): string {
    const ws: string[] = [];
    for (let i = this.int(6, 10); i > 0; i--) ws.push(this.invented());
    return ws.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  }
  sentence(): string {
    const ws: string[] = [];
    for (let i = this.int(8, 20); i > 0; i--) ws.push(this.word());
    const s = ws.join(' ');
    return s[0]!.toUpperCase() + s.slice(1) + '.';
  }
  paragraph(min = 3, max = 6): string {
    const ss: string[] = [];
    for (let i = this.int(min, max); i > 0; i--) ss.push(this.sentence());
    return ss.join(' ');
  }
  /** A small innertext-like dump (about 1–2 KB): menu, headline, byline, date, body, furniture. */
  article(): string {
    const head = ['Menu', 'Home', 'World', 'Business', 'Sport', '', this.title(), '', `By ${this.name()}`, `${this.pick(MONTHS)} ${this.int(1, 28)}, 2024`, ''];
    const tail = ['', 'Share this article', '', 'Related stories', this.title(), this.title(), '', '© 2024 Example Daily. All rights reserved.'];
    const body: string[] = [];
    let size = head.join('\n').length + tail.join('\n').length;
    const want = this.int(1000, 1900);
    while (size < want) {
      const p = this.paragraph(2, 4);
      if (body.length >= 2 && size + p.length > 2000) break;
      body.push(p, '');
      size += p.length + 2;
    }
    return [...head, ...body, ...tail].join('\n') + '\n';
  }
}

// ---------------------------------------------------------------------------------------------
// Processes
// ---------------------------------------------------------------------------------------------

interface Measured {
  wallMs: number;
  status: number | null;
  signal: string | null;
  /** Peak resident set of the whole process (worker threads included), bytes; NaN when unknown. */
  peakRss: number;
  stderr: string;
}

function readVmHWM(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Runs the CLI, timing the wall clock; peak RSS from /usr/bin/time -v, else by polling VmHWM. */
async function runCli(args: string[], cwd: string): Promise<Measured> {
  const nodeArgs = [BIN, ...args];
  if (existsSync(TIME_BIN)) {
    const t0 = performance.now();
    const r = spawnSync(TIME_BIN, ['-v', process.execPath, ...nodeArgs], { cwd, encoding: 'utf8', maxBuffer: 256 * MB });
    const wallMs = performance.now() - t0;
    const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(r.stderr ?? '');
    const statusLine = /Exit status:\s*(\d+)/.exec(r.stderr ?? '');
    return { wallMs, status: statusLine ? Number(statusLine[1]) : r.status, signal: r.signal, peakRss: m ? Number(m[1]) * 1024 : NaN, stderr: r.stderr ?? '' };
  }
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, nodeArgs, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peak = NaN;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = setInterval(() => {
      if (child.pid !== undefined) {
        const v = readVmHWM(child.pid);
        if (Number.isFinite(v)) peak = Number.isFinite(peak) ? Math.max(peak, v) : v;
      }
    }, 25);
    child.on('close', (status, signal) => {
      clearInterval(poll);
      resolve({ wallMs: performance.now() - t0, status, signal, peakRss: peak, stderr });
    });
  });
}

interface CliReport {
  ok: number;
  failed: number;
  cliSeconds: number;
  /** Failure reasons, most frequent first ("no-article 25"). */
  reasons: string;
}

function readReport(file: string): CliReport | null {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as { totals?: { ok?: number; failed?: number; byReason?: Record<string, number> }; timing?: { seconds?: number } };
    const reasons = Object.entries(r.totals?.byReason ?? {})
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    return { ok: r.totals?.ok ?? NaN, failed: r.totals?.failed ?? NaN, cliSeconds: r.timing?.seconds ?? NaN, reasons: reasons || '-' };
  } catch {
    return null;
  }
}

/** Runs this file in a child (`--child ...`) with --expose-gc and parses its last JSON line. */
function runChild<T>(args: string[], timeoutMs: number): { value: T | null; wallMs: number; error: string | null } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--expose-gc', THIS_FILE, '--child', ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * MB });
  const wallMs = performance.now() - t0;
  const last = (r.stdout ?? '').trim().split('\n').filter(Boolean).pop();
  if (r.error || r.signal || r.status !== 0 || !last) {
    const why = r.signal === 'SIGTERM' && wallMs >= timeoutMs - 100 ? `timeout after ${f0(timeoutMs / 1000)} s` : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
    const err = (r.stderr ?? '').trim().split('\n').slice(-3).join(' | ');
    return { value: null, wallMs, error: `${why}${err ? `: ${err.slice(0, 200)}` : ''}` };
  }
  return { value: JSON.parse(last) as T, wallMs, error: null };
}

// ---------------------------------------------------------------------------------------------
// 1. Single core: floor vs artclean, per input kind
// ---------------------------------------------------------------------------------------------

interface Kind {
  name: 'html' | 'innertext' | 'lynx';
  dir: string;
  ext: string;
  family: 'html' | 'text';
}

const KINDS: Kind[] = [
  { name: 'html', dir: 'html', ext: '.html', family: 'html' },
  { name: 'innertext', dir: 'text-innertext', ext: '.txt', family: 'text' },
  { name: 'lynx', dir: 'text-lynx', ext: '.txt', family: 'text' },
];

interface Loaded {
  kind: Kind;
  names: string[];
  bufs: Buffer[];
  bytes: number;
}

function loadKind(kind: Kind): Loaded {
  const dir = path.join(CORPUS_DEV, kind.dir);
  const names = readdirSync(dir).filter((f) => f.endsWith(kind.ext)).sort();
  const bufs = names.map((f) => readFileSync(path.join(dir, f)));
  return { kind, names, bufs, bytes: bufs.reduce((s, b) => s + b.length, 0) };
}

/** Keeps results observable so that no work is optimised away. */
let sink = 0;

type DocFn = (buf: Buffer, i: number) => void;

const floorHtml: DocFn = (buf) => {
  const $ = load(buf.toString('utf8'));
  sink += $.root().length;
};
const floorText: DocFn = (buf) => {
  sink += buf.toString('utf8').split('\n').length;
};

function artcleanFn(names: string[]): { fn: DocFn; ok: () => number } {
  const rules = builtinRules();
  let ok = 0;
  return {
    fn: (buf, i) => {
      const r = cleanDocument({ id: names[i] ?? String(i), path: null, url: null, bytes: buf }, DEFAULT_OPTIONS, rules);
      if (r.ok) {
        ok++;
        sink += r.value.blocks.length;
      }
    },
    ok: () => ok,
  };
}

interface PassStats {
  medianMs: number;
  runsMs: number[];
  peakRss: number;
  heapAfterGc: number;
}

/** One warm-up pass (RSS sampled after each document), then REPS timed passes. */
function measure(bufs: Buffer[], fn: DocFn): PassStats {
  gc();
  let peakRss = process.memoryUsage.rss();
  for (let i = 0; i < bufs.length; i++) {
    fn(bufs[i] as Buffer, i);
    const rss = process.memoryUsage.rss();
    if (rss > peakRss) peakRss = rss;
  }
  const runsMs: number[] = [];
  for (let rep = 0; rep < REPS; rep++) {
    gc();
    const t0 = performance.now();
    for (let i = 0; i < bufs.length; i++) fn(bufs[i] as Buffer, i);
    runsMs.push(performance.now() - t0);
    const rss = process.memoryUsage.rss();
    if (rss > peakRss) peakRss = rss;
  }
  gc();
  return { medianMs: median(runsMs), runsMs, peakRss, heapAfterGc: process.memoryUsage().heapUsed };
}

interface StageTimes {
  decode: number;
  detect: number;
  segment: number;
  parse: number;
  meta: number;
  classify: number;
  assemble: number;
  perDoc: number[];
  blocks: number;
}

/** One extra pass calling the stages one by one, as cleanDocument does, timing each. */
function stagePass(l: Loaded): StageTimes {
  const rules = builtinRules();
  const t: StageTimes = { decode: 0, detect: 0, segment: 0, parse: 0, meta: 0, classify: 0, assemble: 0, perDoc: [], blocks: 0 };
  for (const buf of l.bufs) {
    let doc = 0;
    const t0 = performance.now();
    const dec = decode(buf);
    const t1 = performance.now();
    t.decode += t1 - t0;
    doc += t1 - t0;
    if (!dec.ok) {
      t.perDoc.push(doc);
      continue;
    }
    const text = dec.value.text;
    const format = detectFormat(text, DEFAULT_OPTIONS.format);
    const t2 = performance.now();
    t.detect += t2 - t1;
    doc += t2 - t1;
    if (format === 'html') {
      // Measured apart (not part of the per-document total): the parse and the metadata pass
      // that segmentHtml does internally.
      const p0 = performance.now();
      const $ = load(text);
      const p1 = performance.now();
      sink += Object.keys(extractMeta($).sources).length;
      const p2 = performance.now();
      t.parse += p1 - p0;
      t.meta += p2 - p1;
    }
    const s0 = performance.now();
    const seg = segment(text, format, rules);
    const s1 = performance.now();
    t.segment += s1 - s0;
    doc += s1 - s0;
    t.blocks += seg.blocks.length;
    if (seg.blocks.length) {
      const cls = classify(seg, rules);
      const s2 = performance.now();
      const drafted = assemble(cls.blocks, seg.meta, rules);
      const s3 = performance.now();
      sink += drafted.ok ? 1 : 0;
      t.classify += s2 - s1;
      t.assemble += s3 - s2;
      doc += s3 - s1;
    }
    t.perDoc.push(doc);
  }
  return t;
}

function benchCorpus(): void {
  section(`1. Single core, in process: floor vs artclean per input kind (${CORPUS_DEV})`);
  console.log(`warm-up pass, then ${REPS} timed passes over all files of the kind (already in memory as Buffers); median reported.`);
  console.log('floor: html = Buffer→string + cheerio/slim load() (htmlparser2, as segment-html does); text = Buffer→string + split("\\n").');
  console.log('artclean: cleanDocument(bytes, DEFAULT_OPTIONS, builtinRules()) from dist/pipeline.js.');

  const rows: (string | number)[][] = [];
  const ratioRows: (string | number)[][] = [];
  const stageRows: (string | number)[][] = [];
  const distRows: (string | number)[][] = [];
  for (const kind of KINDS) {
    const l = loadKind(kind);
    const n = l.bufs.length;
    const floor = measure(l.bufs, kind.family === 'html' ? floorHtml : floorText);
    const art = artcleanFn(l.names);
    const clean = measure(l.bufs, art.fn);
    const okPerPass = art.ok() / (REPS + 1);
    for (const [variant, s] of [['floor', floor], ['artclean', clean]] as const) {
      const secs = s.medianMs / 1000;
      rows.push([kind.name, variant, n, mb(l.bytes), f0(s.medianMs), s.runsMs.map((x) => f0(x)).join('/'), f0(n / secs), f2(l.bytes / MB / secs), f3(s.medianMs / n), mb(s.peakRss), mb(s.heapAfterGc)]);
    }
    const ratio = clean.medianMs / floor.medianMs;
    const target = TARGET[kind.family];
    ratioRows.push([kind.name, f3(clean.medianMs / n), f3(floor.medianMs / n), `${f1(ratio)}x`, `<= ${target}x`, ratio <= target ? 'met' : 'MISSED', f0(okPerPass)]);

    const st = stagePass(l);
    const sum = st.decode + st.detect + st.segment + st.classify + st.assemble;
    const pct = (x: number): string => `${f0((100 * x) / sum)}%`;
    const segDetail = kind.family === 'html' ? `${f0(st.segment)} (${pct(st.segment)}; parse ${f0(st.parse)}, meta ${f0(st.meta)}, walk ${f0(st.segment - st.parse - st.meta)})` : `${f0(st.segment)} (${pct(st.segment)})`;
    stageRows.push([kind.name, `${f0(st.decode)} (${pct(st.decode)})`, `${f0(st.detect)} (${pct(st.detect)})`, segDetail, `${f0(st.classify)} (${pct(st.classify)})`, `${f0(st.assemble)} (${pct(st.assemble)})`, f0(sum), f0(clean.medianMs), f0(st.blocks)]);

    let slowest = 0;
    for (let i = 1; i < st.perDoc.length; i++) if ((st.perDoc[i] ?? 0) > (st.perDoc[slowest] ?? 0)) slowest = i;
    distRows.push([kind.name, f2(quantile(st.perDoc, 0.5)), f2(quantile(st.perDoc, 0.95)), f1(st.perDoc[slowest] ?? NaN), `${l.names[slowest] ?? '-'} (${f0((l.bufs[slowest]?.length ?? 0) / 1024)} KB)`]);
    l.bufs.length = 0;
    gc();
  }
  table('1a. Throughput (one core, one process)', ['kind', 'variant', 'docs', 'MB', 'median ms', `runs ms`, 'docs/s', 'MB/s', 'ms/doc', 'peak RSS MB', 'heap after gc MB'], rows, [
    'peak RSS: process.memoryUsage.rss() sampled after each document of the warm-up pass and after each timed pass (cumulative for the process).',
  ]);
  table('1b. Ratio artclean / floor (time per document) against the issue targets', ['kind', 'artclean ms/doc', 'floor ms/doc', 'ratio', 'target', 'status', 'ok docs'], ratioRows, [
    'targets: HTML within 2x the parse floor; text within 10x the read-and-split floor.',
  ]);
  table('1c. Where artclean time goes (ms summed over the kind in one extra pass calling the stages in turn; % of that pass)', ['kind', 'decode', 'detect', 'segment', 'classify', 'assemble', 'stage pass', 'cleanDocument median', 'blocks'], stageRows, [
    'html segment = cheerio parse + extractMeta + the block walk; parse and meta are timed separately on a second load of the same string.',
    'not in the stage pass: quality gates and the zod validation of the article (about 0.01 ms for a 1 KB article).',
  ]);
  table('1d. Per-document artclean time, stage pass (ms)', ['kind', 'p50', 'p95', 'max', 'slowest document'], distRows);
}

// ---------------------------------------------------------------------------------------------
// 2. Parallel: the real CLI over the whole corpus
// ---------------------------------------------------------------------------------------------

async function benchCliCorpus(tmp: string): Promise<void> {
  section('2. The real CLI over the whole dev corpus (html + text-innertext + text-lynx)');
  const files = KINDS.map((k) => readdirSync(path.join(CORPUS_DEV, k.dir)).filter((f) => f.endsWith(k.ext)));
  const total = files.reduce((s, f) => s + f.length, 0);
  const bytes = KINDS.reduce((s, k, i) => s + (files[i] ?? []).reduce((t, f) => t + readFileSync(path.join(CORPUS_DEV, k.dir, f)).length, 0), 0);
  const startup = await runCli(['--version'], tmp);
  const rows: (string | number)[][] = [];
  for (const jobs of [1, 2]) {
    const out = path.join(tmp, `corpus-j${jobs}`);
    const report = path.join(tmp, `corpus-j${jobs}.report.json`);
    const include = KINDS.flatMap((k) => ['--include', `${k.dir}/*${k.ext}`]);
    const m = await runCli([CORPUS_DEV, ...include, '--out-dir', out, '--quiet', '--report', report, '-j', String(jobs)], tmp);
    const r = readReport(report);
    rows.push([`-j ${jobs}`, total, mb(bytes), f2(m.wallMs / 1000), f1(total / (m.wallMs / 1000)), r ? f2(r.cliSeconds) : '-', r ? f1(total / r.cliSeconds) : '-', r ? `${r.ok}/${r.failed}` : '-', r?.reasons ?? '-', m.status ?? m.signal ?? '-', mb(m.peakRss)]);
    rmSync(out, { recursive: true, force: true });
  }
  const speedup = Number(rows[0]?.[3]) / Number(rows[1]?.[3]);
  table('2. CLI documents/second (node bin/artclean <dev> --include ... --out-dir <tmp> --quiet -j N)', ['jobs', 'docs', 'MB', 'wall s', 'docs/s (wall)', 'CLI s', 'docs/s (CLI)', 'ok/failed', 'failures', 'exit', 'peak RSS MB'], rows, [
    `wall includes node start-up (\`artclean --version\` takes ${f0(startup.wallMs)} ms); "CLI s" is the run's own timing from --report.`,
    `-j 2 speed-up over -j 1 (wall): ${f2(speedup)}x on ${os.cpus().length} CPUs. exit 1 = some documents failed (non-articles), not a crash.`,
    `peak RSS: ${existsSync(TIME_BIN) ? '/usr/bin/time -v "Maximum resident set size"' : 'polled /proc/<pid>/status VmHWM'}; one process, worker threads included.`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// 3. Memory over many small files
// ---------------------------------------------------------------------------------------------

async function benchManyFiles(tmp: string): Promise<void> {
  section('3. CLI memory over many small generated dumps (-j 2, --out-dir)');
  const rows: (string | number)[][] = [];
  for (const count of [2000, 20000]) {
    const dir = path.join(tmp, `many-${count}`);
    mkdirSync(dir, { recursive: true });
    const w = new Writer(count);
    let bytes = 0;
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const text = w.article();
      bytes += Buffer.byteLength(text);
      writeFileSync(path.join(dir, `dump-${String(i).padStart(5, '0')}.txt`), text);
    }
    const genMs = performance.now() - t0;
    const out = path.join(tmp, `many-${count}-out`);
    const report = path.join(tmp, `many-${count}.report.json`);
    const m = await runCli([dir, '--out-dir', out, '--quiet', '--report', report, '-j', '2'], tmp);
    const r = readReport(report);
    const written = existsSync(out) ? readdirSync(out).length : 0;
    rows.push([f0(count), f0(bytes / count), mb(bytes), f0(genMs), f2(m.wallMs / 1000), f0(count / (m.wallMs / 1000)), r ? f0(count / r.cliSeconds) : '-', r ? `${r.ok}/${r.failed}` : '-', r?.reasons ?? '-', f0(written), m.status ?? m.signal ?? '-', mb(m.peakRss)]);
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
  table('3. Peak RSS vs number of files (synthetic ~1-2 KB innertext-like articles)', ['files', 'avg bytes', 'MB', 'gen ms', 'wall s', 'docs/s (wall)', 'docs/s (CLI)', 'ok/failed', 'failures', 'outputs', 'exit', 'peak RSS MB'], rows, [
    `peak RSS is the whole CLI process (${existsSync(TIME_BIN) ? '/usr/bin/time -v' : 'VmHWM'}): the main thread plus both worker threads, which share it.`,
    'memory should not grow with the number of files: compare the two rows.',
  ]);
}

// ---------------------------------------------------------------------------------------------
// 4. Pathological inputs and regex safety
// ---------------------------------------------------------------------------------------------

interface CaseResult {
  name: string;
  bytes: number;
  genMs: number;
  cleanMs: number;
  status: string;
  blocks: number;
  words: number;
  rssAfterInput: number;
  peakRssBefore: number;
  peakRss: number;
  heapAfterGc: number;
}

const TAIL = 'Ukraine war latest: what we know on day 500';

const CASES: Record<string, { about: string; make: () => string }> = {
  'text-50mb-paragraphs': {
    about: '50 MB text, paragraphs separated by blank lines, just under --max-bytes',
    make: () => {
      const w = new Writer(50);
      const parts: string[] = [];
      let size = 0;
      const limit = DEFAULT_OPTIONS.maxBytes - 64 * 1024;
      while (size < limit) {
        const p = w.paragraph();
        if (size + p.length + 2 > limit) break;
        parts.push(p);
        size += p.length + 2;
      }
      return parts.join('\n\n');
    },
  },
  'text-10mb-one-line': {
    about: '10 MB on a single line (no newline at all)',
    make: () => {
      const w = new Writer(10);
      const parts: string[] = [];
      let size = 0;
      while (size < 10 * MB) {
        const s = w.sentence();
        parts.push(s);
        size += s.length + 1;
      }
      return parts.join(' ');
    },
  },
  'text-100k-tiny-lines': {
    about: '100,000 tiny lines ("Item N"), one block each',
    make: () => Array.from({ length: 100_000 }, (_, i) => `Item ${i}`).join('\n'),
  },
  'html-nested-100k': {
    about: '<div> nested 100,000 deep around a short article',
    make: () => {
      const w = new Writer(100);
      const body = Array.from({ length: 5 }, () => `<p>${w.paragraph()}</p>`).join('');
      return `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(100_000)}<h1>${w.title()}</h1>${body}${'</div>'.repeat(100_000)}</body></html>`;
    },
  },
  'html-100k-tiny-blocks': {
    about: '100,000 <p> elements of one short word each',
    make: () => `<html><body>${Array.from({ length: 100_000 }, (_, i) => `<p>x${i}</p>`).join('')}</body></html>`,
  },
  'text-breadcrumb-line': {
    about: `normal article plus one 127-char line: "Home | News | " x6 + "${TAIL}"`,
    make: () => {
      const w = new Writer(7);
      return `${w.title()}\n\n${'Home | News | '.repeat(6)}${TAIL}\n\nBy ${w.name()}\n\n${Array.from({ length: 6 }, () => w.paragraph()).join('\n\n')}\n`;
    },
  },
};

function childCase(name: string): void {
  const c = CASES[name];
  if (!c) throw new Error(`unknown case ${name}`);
  const g0 = performance.now();
  let text: string | null = c.make();
  const bytes = Buffer.from(text, 'utf8');
  text = null;
  const genMs = performance.now() - g0;
  gc();
  const rssAfterInput = process.memoryUsage.rss();
  const peakRssBefore = process.resourceUsage().maxRSS * 1024;
  const t0 = performance.now();
  let status: string;
  let blocks = 0;
  let words = 0;
  try {
    const r = cleanDocument({ id: name, path: null, url: null, bytes }, DEFAULT_OPTIONS, builtinRules());
    status = r.ok ? 'ok' : `failed: ${r.reason.code}`;
    if (r.ok) {
      blocks = r.value.segmented.blocks.length;
      words = r.value.article.stats.words;
    }
  } catch (err) {
    // The CLI would report this document as an `internal` failure and go on; still a bug.
    status = `THREW ${(err as Error).name}: ${(err as Error).message}`.slice(0, 80);
  }
  const cleanMs = performance.now() - t0;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  gc();
  const out: CaseResult = { name, bytes: bytes.length, genMs, cleanMs, status, blocks, words, rssAfterInput, peakRssBefore, peakRss, heapAfterGc: process.memoryUsage().heapUsed };
  console.log(JSON.stringify(out));
}

function benchPathological(): void {
  section('4. Pathological inputs (issue: never crash); each case in its own node process');
  const rows: (string | number)[][] = [];
  const abouts: string[] = [];
  for (const [name, c] of Object.entries(CASES)) {
    const r = runChild<CaseResult>(['case', name], CASE_TIMEOUT_MS);
    abouts.push(`${name}: ${c.about}`);
    if (!r.value) {
      rows.push([name, '-', '-', '-', `CRASH/HANG (${r.error})`, '-', '-', '-', '-', '-']);
      continue;
    }
    const v = r.value;
    rows.push([name, mb(v.bytes), f0(v.cleanMs), f2(v.bytes / MB / (v.cleanMs / 1000)), v.status, f0(v.blocks), f0(v.words), mb(v.rssAfterInput), mb(v.peakRss), mb(v.peakRss - v.peakRssBefore)]);
  }
  table('4a. cleanDocument on generated inputs (input generated in the child, outside the timing)', ['case', 'MB', 'clean ms', 'MB/s', 'result', 'segmented blocks', 'body words', 'RSS with input MB', 'peak RSS MB', 'peak growth MB'], rows, [
    ...abouts,
    'peak RSS = getrusage maxRSS of the child after cleaning (input buffer included); peak growth = its increase during cleanDocument.',
  ]);
}

// -- regex safety ------------------------------------------------------------------------------

interface RegexEntry {
  origin: string;
  re: RegExp;
}

function regexList(): RegexEntry[] {
  const list: RegexEntry[] = [];
  for (const rule of BUILTIN_RULES.boilerplate) {
    if (rule.match !== 'regex') continue;
    rule.patterns.forEach((p, k) => list.push({ origin: `boilerplate ${rule.id}#${k}`, re: new RegExp(p, 'iu') }));
  }
  const c = compileRules(BUILTIN_RULES);
  list.push({ origin: 'trailingCredit', re: c.trailingCredit }, { origin: 'creditOnly', re: c.creditOnly }, { origin: 'bylinePrefix', re: c.bylinePrefix }, { origin: 'bylineStop', re: c.bylineStop });
  return list;
}

interface Family {
  name: string;
  make: (n: number) => string;
  /** n for the full-size string. */
  full: number;
}

const FAMILIES: Family[] = [
  { name: '50,000 spaces', make: (n) => ' '.repeat(n), full: 50_000 },
  { name: '50,000 dots', make: (n) => '.'.repeat(n), full: 50_000 },
  { name: '50,000 letters', make: (n) => 'a'.repeat(n), full: 50_000 },
  { name: '"a " x 25,000', make: (n) => 'a '.repeat(n), full: 25_000 },
  { name: '"By " + "A" x 20,000', make: (n) => 'By ' + 'A'.repeat(n), full: 20_000 },
  { name: '"| " x 5,000', make: (n) => '| '.repeat(n), full: 5_000 },
  { name: '"a. " x 16,000', make: (n) => 'a. '.repeat(n), full: 16_000 },
  { name: '"a | " x 5,000 + "x" x 40', make: (n) => 'a | '.repeat(n) + 'x'.repeat(40), full: 5_000 },
  { name: `"Home | News | " x 10 + tail (183 chars)`, make: (n) => 'Home | News | '.repeat(n) + TAIL, full: 10 },
];

/** Largest n whose string fits in 400 characters (what matchPhrase tests at most). */
function n400(f: Family): number {
  let n = 1;
  while (f.make(n + 1).length <= 400 && n < f.full) n++;
  return n;
}

type Test = [regex: number, family: number, n: number];

interface RegexSpec {
  /** [source, flags] of each regex, as the parent compiled them (dist/ may be rebuilt meanwhile). */
  regexes: [string, string][];
  tests: [number, Test][];
}

/** Child: runs the tests in order, printing S <i> before and E <i> <ms> after each. */
function childRegex(specFile: string): void {
  const spec = JSON.parse(readFileSync(specFile, 'utf8')) as RegexSpec;
  const list = spec.regexes.map(([source, flags]) => new RegExp(source, flags));
  for (const [id, [ri, fi, n]] of spec.tests) {
    const re = list[ri] as RegExp;
    const s = (FAMILIES[fi] as Family).make(n);
    process.stdout.write(`S ${id}\n`);
    let best = Infinity;
    for (let rep = 0; rep < 3; rep++) {
      const t0 = performance.now();
      sink += re.test(s) ? 1 : 0;
      const ms = performance.now() - t0;
      best = Math.min(best, ms);
      if (ms > 500) break; // slow enough to be real; faster ones get 3 tries, the minimum filters out a busy machine
    }
    process.stdout.write(`E ${id} ${best}\n`);
  }
}

/** Runs tests in a child; a test running longer than REGEX_KILL_MS is killed (null) and the rest resume. */
async function runRegexTests(list: RegexEntry[], tests: Test[]): Promise<Map<number, number | null>> {
  const results = new Map<number, number | null>();
  let pending: [number, Test][] = tests.map((t, i) => [i, t]);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'artclean-bench-re-'));
  const specFile = path.join(dir, 'spec.json');
  while (pending.length) {
    const spec: RegexSpec = { regexes: list.map((e) => [e.re.source, e.re.flags]), tests: pending };
    writeFileSync(specFile, JSON.stringify(spec));
    await new Promise<void>((resolve) => {
      const child = spawn(process.execPath, [THIS_FILE, '--child', 'regex', specFile], { stdio: ['ignore', 'pipe', 'inherit'] });
      let current: number | null = null;
      let startedAt = 0;
      let buf = '';
      child.stdout.on('data', (d: Buffer) => {
        buf += d.toString();
        let nl: number;
        while ((nl = buf.indexOf('\n')) >= 0) {
          const [tag, id, ms] = buf.slice(0, nl).split(' ');
          buf = buf.slice(nl + 1);
          if (tag === 'S') {
            current = Number(id);
            startedAt = performance.now();
          } else if (tag === 'E') {
            results.set(Number(id), Number(ms));
            current = null;
          }
        }
      });
      const watchdog = setInterval(() => {
        const suspect = current;
        if (suspect === null || performance.now() - startedAt <= REGEX_KILL_MS) return;
        // Timers run before pending I/O: when this process itself was starved (a loaded
        // machine), the child's "E" line may already be waiting. Decide after the poll phase.
        setImmediate(() => {
          if (current === suspect && performance.now() - startedAt > REGEX_KILL_MS) {
            results.set(suspect, null);
            child.kill('SIGKILL');
          }
        });
      }, 50);
      child.on('close', () => {
        clearInterval(watchdog);
        resolve();
      });
    });
    const before = pending.length;
    pending = pending.filter(([id]) => !results.has(id));
    if (pending.length === before) {
      for (const [id] of pending) results.set(id, null); // the child died without progress
      break;
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return results;
}

async function benchRegexes(): Promise<void> {
  const list = regexList();
  const tests: Test[] = [];
  const index = new Map<string, number>();
  list.forEach((_, ri) =>
    FAMILIES.forEach((f, fi) => {
      index.set(`${ri}:${fi}:full`, tests.length);
      tests.push([ri, fi, f.full]);
      const small = n400(f);
      if (small !== f.full) tests.push([ri, fi, small]);
      index.set(`${ri}:${fi}:400`, tests.length - 1);
    }),
  );
  const t0 = performance.now();
  const res = await runRegexTests(list, tests);
  const fmtMs = (v: number | null | undefined): string => (v === null ? `>${REGEX_KILL_MS / 1000}s KILLED` : v === undefined ? '-' : f2(v));
  const worse = (a: number | null | undefined, b: number | null | undefined): boolean => b === null || (a !== null && (b ?? -1) > (a ?? -1));
  const rows: (string | number)[][] = [];
  const flagged: [number, number][] = [];
  list.forEach((entry, ri) => {
    let worstFull: number | null | undefined;
    let worstFullFam = -1;
    let worst400: number | null | undefined;
    let worst400Fam = -1;
    FAMILIES.forEach((_, fi) => {
      const full = res.get(index.get(`${ri}:${fi}:full`) as number);
      const small = res.get(index.get(`${ri}:${fi}:400`) as number);
      if (worstFullFam < 0 || worse(worstFull, full)) [worstFull, worstFullFam] = [full, fi];
      if (worst400Fam < 0 || worse(worst400, small)) [worst400, worst400Fam] = [small, fi];
      if (full === null || (full ?? 0) > REGEX_FLAG_MS || small === null || (small ?? 0) > REGEX_FLAG_MS) flagged.push([ri, fi]);
    });
    const flag = worstFull === null || worst400 === null || (worstFull ?? 0) > REGEX_FLAG_MS || (worst400 ?? 0) > REGEX_FLAG_MS ? 'FLAG' : '';
    const src = entry.re.source.length > 56 ? `${entry.re.source.slice(0, 53)}...` : entry.re.source;
    const on = (ms: number | null | undefined, fi: number): string => (ms === null || (ms ?? 0) >= 0.1 ? (FAMILIES[fi]?.name ?? '-') : '-');
    rows.push([entry.origin, src, fmtMs(worstFull), on(worstFull, worstFullFam), fmtMs(worst400), on(worst400, worst400Fam), flag]);
  });
  table(`4b. Regex safety: worst time of re.test() over adversarial strings (${list.length} regexes x ${FAMILIES.length} strings x 2 sizes, ${f1((performance.now() - t0) / 1000)} s)`, ['regex', 'source', 'worst ms (full)', 'on', 'worst ms (<=400 chars)', 'on', 'flag'], rows, [
    `strings: ${FAMILIES.map((f) => f.name).join('; ')}.`,
    '"on" is left blank when every string ran in under 0.1 ms.',
    '"<=400 chars": the same family cut to the largest repetition that fits 400 characters, the longest block matchPhrase tests',
    `(the credit and byline regexes have no length cap of their own). FLAG: over ${REGEX_FLAG_MS} ms on some string; KILLED: still running after ${REGEX_KILL_MS / 1000} s.`,
  ]);

  // Growth of each flagged (regex, string) pair: linear, polynomial or exponential?
  if (flagged.length) {
    const sizes = new Map<string, number[]>();
    for (const [ri, fi] of flagged) {
      const f = FAMILIES[fi] as Family;
      const ns: number[] = [];
      let start = 1;
      while (f.make(start).length < 40 && start < f.full) start++;
      const factor = f.full > 1000 ? 2 : 1.5;
      for (let x = start; x <= f.full * factor; x *= factor) {
        const n = Math.min(f.full, Math.round(x));
        if (!ns.includes(n)) ns.push(n);
      }
      sizes.set(`${ri}:${fi}`, ns);
    }
    // Sizes beyond the first killed one are skipped: run pair by pair, smallest first.
    const growthRows: (string | number)[][] = [];
    for (const [ri, fi] of flagged) {
      const f = FAMILIES[fi] as Family;
      const ns = sizes.get(`${ri}:${fi}`) as number[];
      const cells: string[] = [];
      for (const n of ns) {
        const r = (await runRegexTests(list, [[ri, fi, n]])).get(0);
        cells.push(`${f.make(n).length} ch: ${fmtMs(r)}`);
        if (r === null || (r ?? 0) > 2000) break;
      }
      growthRows.push([(list[ri] as RegexEntry).origin, f.name, cells.join(' | ')]);
    }
    table('4c. Growth of each flagged pair (string length: ms)', ['regex', 'string family', 'length: ms, increasing size'], growthRows);
  }
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

async function main(only: string[]): Promise<void> {
  const want = (part: string): boolean => only.length === 0 || only.includes(part);
  const started = performance.now();
  console.log(`artclean bench — node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), ${os.platform()} ${os.arch()}, gc ${typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'exposed' : 'NOT exposed (run with --expose-gc)'}, load average ${os.loadavg().map(f2).join(' ')}`);
  const haveCorpus = corpusAvailable() || KINDS.every((k) => existsSync(path.join(CORPUS_DEV, k.dir)));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'artclean-bench-'));
  try {
    if (haveCorpus) {
      if (want('1')) benchCorpus();
      if (want('2')) await benchCliCorpus(tmp);
    } else if (want('1') || want('2')) {
      section('1-2. Corpus benchmarks SKIPPED');
      console.log(`the shared corpus is not at ${CORPUS_DEV} (set ARTCLEAN_SHARED or place ../shared beside the repo).`);
    }
    if (want('3')) await benchManyFiles(tmp);
    if (want('4')) benchPathological();
    if (want('4') || want('regex')) await benchRegexes();
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`\nload average now ${os.loadavg().map(f2).join(' ')} (other processes on the machine skew every number above).`);
  console.log(`bench finished in ${f1((performance.now() - started) / 1000)} s (process peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB).`);
  if (sink < 0) console.log(sink); // never true; keeps the measured results observable
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') {
  if (argv[1] === 'case') childCase(argv[2] ?? '');
  else if (argv[1] === 'regex') childRegex(argv[2] ?? '');
  else throw new Error(`unknown child mode ${argv[1]}`);
} else {
  // Optional arguments pick parts: `npm run bench -- 1 4` (1-4, or "regex" for the regex table alone).
  await main(argv);
}
