/** Where the shared corpus lives (../shared beside the repo, or $ARTCLEAN_SHARED), and its items. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = process.env['ARTCLEAN_SHARED'] ? path.resolve(process.env['ARTCLEAN_SHARED']) : path.resolve(REPO_ROOT, '..', 'shared');

export interface CorpusItem {
  id: string;
  dataset: string;
  synthetic: boolean;
  html: string | null;
  dumps: { innertext?: string; lynx?: string };
  gold: {
    body?: string | null;
    title?: string | null;
    authors?: string[] | null;
    byline?: string | null;
    with?: string[] | null;
    without?: string[] | null;
    [k: string]: unknown;
  };
}

export function corpusAvailable(): boolean {
  return existsSync(path.join(SHARED, 'corpus', 'dev', 'items.jsonl')) && existsSync(path.join(SHARED, 'eval', 'score.mjs'));
}

export function readItems(corpus: 'dev' | 'seed'): CorpusItem[] {
  const file = path.join(SHARED, 'corpus', corpus, 'items.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusItem);
}
