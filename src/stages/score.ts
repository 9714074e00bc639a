/**
 * The body scorer: logistic regression over block features. Its weights are data
 * (rules/weights.json, written by `npm run train` from the dev corpus, one model per input
 * format); hand-set weights serve when no trained model is present for a feature list.
 */
import weightsJson from '../rules/weights.json' with { type: 'json' };
import { FEATURE_NAMES, type FeatureName } from './features.js';

type Model = Partial<Record<FeatureName, number>>;

/** Hand-set starting weights: prose, context and rule hits, with DOM evidence for HTML. */
const HAND_WEIGHTS: Model = {
  bias: -2.2,
  logWords: 1.5,
  prose: 2.5,
  terminalPunct: 0.8,
  ellipsis: -2,
  stopwordShare: 3,
  titleCaseShare: -1,
  phraseHit: -5,
  teaserRun: -4,
  ctxProse2: 1.5,
  ctxProse5: 1,
  inDenseRegion: 1.8,
  linkDensity: -4,
  chromeAncestor: -2,
  boilerToken: -2,
  bodyEvidence: 1,
  hidden: -6,
  commentsOrForm: -3,
  glued: -3,
};

interface WeightsFile {
  features: string[];
  models: Record<string, Record<string, number>>;
}

function toVector(model: Model | Record<string, number>): number[] {
  return FEATURE_NAMES.map((name) => (model as Record<string, number>)[name] ?? 0);
}

const trained = weightsJson as WeightsFile;
const sameFeatures = trained.features.length === FEATURE_NAMES.length && trained.features.every((f, i) => f === FEATURE_NAMES[i]);

/** Weight vector for a format ('text' or 'html'), trained when available. */
export function weightsFor(format: string): { weights: number[]; source: string } {
  const model = sameFeatures ? trained.models[format] : undefined;
  if (model) return { weights: toVector(model), source: `model:${format}` };
  return { weights: toVector(HAND_WEIGHTS), source: 'model:hand' };
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function score(vector: number[], weights: number[]): number {
  let z = 0;
  for (let i = 0; i < vector.length; i++) z += vector[i]! * (weights[i] ?? 0);
  return sigmoid(z);
}
