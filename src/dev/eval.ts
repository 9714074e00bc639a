/**
 * `npm run eval`: runs the built CLI over the dev corpus (HTML pages, innertext and lynx dumps)
 * and the seed, feeds the predictions to ../shared/eval/score.mjs (the ruler), and prints its
 * tables. Skips with a message when ../shared is absent. `--json FILE` writes the figures the
 * evaluation gate (test/eval-gate.test.ts) compares with test/eval-baseline.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, SHARED, corpusAvailable } from './corpus.js';

export const KINDS = ['html', 'innertext', 'lynx'] as const;
export type Kind = (typeof KINDS)[number];

interface Scored {
  by_dataset: Record<string, Metrics>;
  real: Metrics;
}
export interface Metrics {
  items: number;
  body: { f1: number } | null;
  snippets: { f1: number } | null;
  title: { accuracy: number } | null;
  authors: { accuracy: number } | null;
}

const BIN = path.join(REPO_ROOT, 'bin', 'artclean');
const OUT = path.join(REPO_ROOT, '.eval');

/** Run the CLI over a folder; return prediction lines for the ruler keyed by corpus id. */
function predict(dir: string, format: 'html' | 'text', label: string): string {
  const res = spawnSync(process.execPath, [BIN, dir, '--format', format, '--quiet', '-j', '2'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (res.status !== 0 && res.status !== 1) throw new Error(`artclean exited ${res.status}: ${res.stderr}`);
  const preds: string[] = [];
  for (const line of res.stdout.split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { id: string; body: string; headline: string | null; authors: string[] };
    preds.push(JSON.stringify({ id: a.id.replace(/\.[^.]+$/, ''), body: a.body, title: a.headline, authors: a.authors }));
  }
  const file = path.join(OUT, `pred-${label}.jsonl`);
  writeFileSync(file, preds.join('\n') + '\n');
  return file;
}

function score(corpus: string, pred: string, label: string, kind: string | null): { table: string; scored: Scored } {
  const json = path.join(OUT, `score-${label}.json`);
  const args = [path.join(SHARED, 'eval', 'score.mjs'), '--corpus', corpus, '--pred', pred, '--label', label, '--json', json];
  if (kind) args.push('--kind', kind);
  const res = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`score.mjs failed: ${res.stderr}`);
  return { table: res.stdout, scored: JSON.parse(readFileSync(json, 'utf8')) as Scored };
}

export interface EvalFigures {
  seed: Metrics;
  kinds: Record<Kind, Record<string, Metrics>>;
}

export function runEval(print: (s: string) => void = () => {}): EvalFigures {
  mkdirSync(OUT, { recursive: true });
  const dev = path.join(SHARED, 'corpus', 'dev');
  const seedDir = path.join(SHARED, 'corpus', 'seed');
  const seedPred = predict(path.join(seedDir, 'text'), 'text', 'seed');
  const seed = score(seedDir, seedPred, 'seed (innertext)', null);
  print(seed.table);
  const kinds = {} as Record<Kind, Record<string, Metrics>>;
  for (const kind of KINDS) {
    const dir = kind === 'html' ? path.join(dev, 'html') : path.join(dev, `text-${kind}`);
    const pred = predict(dir, kind === 'html' ? 'html' : 'text', kind);
    const s = score(dev, pred, `dev ${kind}`, kind);
    print(s.table);
    kinds[kind] = { ...s.scored.by_dataset, REAL: s.scored.real };
  }
  return { seed: seed.scored.real, kinds };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(REPO_ROOT, 'dist', 'dev', 'eval.js');
if (isMain) {
  if (!corpusAvailable()) {
    console.log(`eval skipped: no corpus at ${SHARED} (set ARTCLEAN_SHARED or put shared/ beside the repo)`);
  } else {
    const figures = runEval((s) => console.log(s));
    const i = process.argv.indexOf('--json');
    if (i > 0 && process.argv[i + 1]) writeFileSync(process.argv[i + 1]!, JSON.stringify(figures, null, 2) + '\n');
  }
}
