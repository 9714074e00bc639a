/**
 * `npm run train`: fits the body scorer (logistic regression over FEATURE_NAMES) on the dev
 * corpus only, one model per input format, and writes src/rules/weights.json. Labels come from
 * the gold: a block is body when most of its 4-gram shingles are in the gold body (scrapinghub,
 * readability), or when it holds a gold "with" snippet and not when it holds a "without" one
 * (trafilatura). Reports out-of-fold body F1 from 5-fold cross-validation by page, so a
 * learned figure is never measured on the pages it was fitted on.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { builtinRules } from '../rules/index.js';
import { decode } from '../stages/decode.js';
import { FEATURE_NAMES, documentFeatures } from '../stages/features.js';
import { type HeadlineCandidate, classify, titleSimilarity } from '../stages/classify.js';
import { HEADLINE_FEATURES, weightsFor } from '../stages/score.js';
import { assemble } from '../stages/assemble.js';
import { segment } from '../pipeline.js';
import { words } from '../text/normalize.js';
import { type CorpusItem, REPO_ROOT, SHARED, corpusAvailable, readItems } from './corpus.js';

type Kind = 'html' | 'innertext' | 'lynx';
const FOLDS = 5;
const L2 = 1e-3;
const NEWTON_STEPS = 25;
const EPOCHS = 400;
const LEARNING_RATE = 0.5;

interface Example {
  x: number[];
  y: number;
  w: number;
  item: string;
  /** Candidates of one page and input kind compete with each other (headline ranking). */
  group?: string;
}

/** `npm run train -- --headline-only`: refit only the headline ranking, on the committed body model. */
const HEADLINE_ONLY = process.argv.includes('--headline-only');

const fold = (id: string): number => createHash('sha1').update(id).digest()[0]! % FOLDS;

function shingleSet(text: string, n = 4): Set<string> {
  const ws = words(text.toLowerCase());
  const out = new Set<string>();
  for (let i = 0; i + n <= ws.length; i++) out.add(ws.slice(i, i + n).join(' '));
  return out;
}

function inputPath(item: CorpusItem, kind: Kind): string | null {
  const rel = kind === 'html' ? item.html : item.dumps[kind];
  return rel ? path.join(SHARED, 'corpus', 'dev', rel) : null;
}

function segmentItem(item: CorpusItem, kind: Kind) {
  const file = inputPath(item, kind);
  if (!file) return null;
  const decoded = decode(readFileSync(file));
  if (!decoded.ok) return null;
  return segment(decoded.value.text, kind === 'html' ? 'html' : 'text', builtinRules());
}

/** Labelled examples of one page: 1 body, 0 not body; blocks without evidence are skipped. */
function examples(item: CorpusItem, kind: Kind): Example[] {
  const seg = segmentItem(item, kind);
  if (!seg) return [];
  const feats = documentFeatures(seg.blocks, builtinRules());
  const out: Example[] = [];
  const gold = item.gold;
  const goldShingles = gold.body ? shingleSet(gold.body) : null;
  const goldParas = gold.body ? new Set(gold.body.split(/\n\n+/).map((p) => words(p.toLowerCase()).join(' '))) : null;
  const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
  seg.blocks.forEach((b, i) => {
    const ws = words(b.text.toLowerCase());
    let y: number | null = null;
    if (goldShingles && goldParas) {
      if (ws.length < 4) y = goldParas.has(ws.join(' ')) ? 1 : 0;
      else {
        const sh = shingleSet(b.text);
        let hit = 0;
        for (const s of sh) if (goldShingles.has(s)) hit++;
        const frac = sh.size ? hit / sh.size : 0;
        y = frac >= 0.6 ? 1 : frac <= 0.2 ? 0 : null;
      }
    } else if (gold.with || gold.without) {
      const t = norm(b.text);
      if ((gold.with ?? []).some((w) => t.includes(norm(w)) && norm(w).length > 15)) y = 1;
      else if ((gold.without ?? []).some((w) => t.includes(norm(w)))) y = 0;
    }
    if (y === null) return;
    out.push({ x: feats.vectors[i]!, y, w: Math.sqrt(1 + ws.length), item: item.id });
  });
  return out;
}

/** Solve A x = b (A symmetric positive definite after regularisation) by Gaussian elimination. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i]! || 1e-12));
}

/**
 * Logistic regression fitted exactly by Newton's method (IRLS) with an L2 penalty (not on the
 * bias): deterministic, converged, and fast for a few dozen features.
 */
function fit(data: Example[], d: number = FEATURE_NAMES.length): number[] {
  let w = new Array<number>(d).fill(0);
  const totalW = data.reduce((a, e) => a + e.w, 0) || 1;
  const lambda = L2 * totalW;
  for (let iter = 0; iter < NEWTON_STEPS; iter++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const e of data) {
      let z = 0;
      for (let k = 0; k < d; k++) z += w[k]! * e.x[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const err = (e.y - p) * e.w;
      const curv = p * (1 - p) * e.w;
      for (let k = 0; k < d; k++) {
        const xk = e.x[k]!;
        if (xk === 0) continue;
        g[k]! += err * xk;
        const row = h[k]!;
        for (let j = k; j < d; j++) row[j]! += curv * xk * e.x[j]!;
      }
    }
    for (let k = 0; k < d; k++) {
      for (let j = 0; j < k; j++) h[k]![j] = h[j]![k]!;
      if (k > 0) {
        g[k]! -= lambda * w[k]!;
        h[k]![k]! += lambda;
      } else h[k]![k]! += 1e-9;
    }
    const step = solve(h, g);
    w = w.map((v, k) => v + step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return w.map((v) => Math.round(v * 1e4) / 1e4);
}

/**
 * Conditional logit for ranking: within each page the candidates compete through a softmax, so
 * the weights learn which candidate is THE headline, not whether a line looks like one in
 * isolation. Pages whose gold title is not among the candidates are left out.
 */
function fitRanking(data: Example[], d: number): number[] {
  const groups = new Map<string, Example[]>();
  for (const e of data) groups.set(e.group ?? e.item, [...(groups.get(e.group ?? e.item) ?? []), e]);
  const usable = [...groups.values()].filter((g) => g.some((e) => e.y > 0));
  const w = new Array<number>(d).fill(0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const g = new Array<number>(d).fill(0);
    for (const cands of usable) {
      const z = cands.map((e) => e.x.reduce((a, v, k) => a + v * w[k]!, 0));
      const m = Math.max(...z);
      const ex = z.map((v) => Math.exp(v - m));
      const sum = ex.reduce((a, v) => a + v, 0);
      const ySum = cands.reduce((a, e) => a + e.y, 0);
      cands.forEach((e, j) => {
        const diff = ex[j]! / sum - e.y / ySum;
        for (let k = 0; k < d; k++) g[k]! += diff * e.x[k]!;
      });
    }
    const n = usable.length || 1;
    for (let k = 0; k < d; k++) w[k] = w[k]! - LEARNING_RATE * 2 * (g[k]! / n + L2 * w[k]!);
  }
  return w.map((v) => Math.round(v * 1e4) / 1e4);
}

/** Headline candidates of one page, labelled by the gold title (token F1 ≥ 0.85 counts as a match). */
function headlineExamples(item: CorpusItem, kind: Kind, bodyWeights: number[]): Example[] {
  const title = item.gold.title;
  if (!title) return [];
  const seg = segmentItem(item, kind);
  if (!seg) return [];
  let cands: HeadlineCandidate[] = [];
  classify(seg, builtinRules(), { weights: bodyWeights, source: 'train' }, (c) => (cands = c));
  return cands.map((c) => ({ x: c.x, y: titleSimilarity(seg.blocks[c.index]!.text, title) >= 0.85 ? 1 : 0, w: 1, item: item.id, group: `${kind}:${item.id}` }));
}

interface ScoreModule {
  scoreItems(items: unknown[], preds: Map<string, unknown>): unknown[];
  aggregate(rows: unknown[]): { body: { f1: number } | null; snippets: { f1: number } | null; title: { accuracy: number } | null; authors: { accuracy: number } | null };
}

async function main(): Promise<void> {
  if (!corpusAvailable()) {
    console.log(`train skipped: no corpus at ${SHARED}`);
    return;
  }
  const items = readItems('dev').filter((it) => !it.synthetic);
  const ruler = (await import(path.join(SHARED, 'eval', 'score.mjs'))) as ScoreModule;
  const models: Record<string, Record<string, number>> = {};
  const headlineModels: Record<string, Record<string, number>> = {};
  const groups: Array<{ format: 'html' | 'text'; kinds: Kind[] }> = [
    { format: 'html', kinds: ['html'] },
    { format: 'text', kinds: ['innertext', 'lynx'] },
  ];
  for (const { format, kinds } of groups) {
    const byItem = new Map<string, Example[]>();
    for (const kind of kinds) for (const it of items) byItem.set(`${kind}:${it.id}`, examples(it, kind));
    const all = [...byItem.values()].flat();
    // --headline-only keeps the committed body model and refits the headline ranking on top of it.
    const fullBody = HEADLINE_ONLY ? weightsFor(format).weights : fit(all);
    const heads = kinds.flatMap((kind) => items.flatMap((it) => headlineExamples(it, kind, fullBody)));
    // Out-of-fold evaluation: fit on 4 folds, run the whole classifier on the 5th.
    for (const kind of kinds) {
      const preds = new Map<string, unknown>();
      for (let f = 0; f < FOLDS; f++) {
        const train = all.filter((e) => fold(e.item) !== f);
        const weights = HEADLINE_ONLY ? fullBody : fit(train);
        const headline = fitRanking(heads.filter((e) => fold(e.item) !== f), HEADLINE_FEATURES.length);
        for (const it of items) {
          if (fold(it.id) !== f) continue;
          const seg = segmentItem(it, kind);
          if (!seg) continue;
          const cls = classify(seg, builtinRules(), { weights, source: 'model:oof', headline });
          const art = assemble(cls.blocks, seg.meta, builtinRules());
          preds.set(it.id, art.ok ? { body: art.value.body, title: art.value.headline, authors: art.value.authors } : { body: '' });
        }
      }
      const scored = items.filter((it) => (kind === 'html' ? it.html : it.dumps[kind]));
      const byDs = new Map<string, CorpusItem[]>();
      for (const it of scored) byDs.set(it.dataset, [...(byDs.get(it.dataset) ?? []), it]);
      const parts = [...byDs.entries()].sort().map(([ds, its]) => {
        const m = ruler.aggregate(ruler.scoreItems(its, preds));
        const f = (x: number | undefined): string => (x === undefined ? '-' : x.toFixed(3));
        return `${ds}: body F1 ${f(m.body?.f1)}, w/wo F1 ${f(m.snippets?.f1)}, title acc ${f(m.title?.accuracy)}, authors acc ${f(m.authors?.accuracy)}`;
      });
      console.log(`out-of-fold${HEADLINE_ONLY ? ' (headline only; the body model is the committed one, not refit per fold)' : ''} ${kind}: ${parts.join(' | ')}`);
    }
    models[format] = Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, fullBody[i]!]));
    const hwFull = fitRanking(heads, HEADLINE_FEATURES.length);
    headlineModels[format] = Object.fromEntries(HEADLINE_FEATURES.map((n, i) => [n, hwFull[i]!]));
    console.log(`${format}: ${all.length} labelled blocks from ${byItem.size} pages`);
  }
  const file = path.join(REPO_ROOT, 'src', 'rules', 'weights.json');
  const headline = { features: [...HEADLINE_FEATURES], models: headlineModels };
  writeFileSync(file, JSON.stringify({ trainedOn: 'shared/corpus/dev (real pages), 5-fold CV by page', features: [...FEATURE_NAMES], models, headline }, null, 2) + '\n');
  console.log(`wrote ${path.relative(REPO_ROOT, file)}; rebuild (npm run build) to use it`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
