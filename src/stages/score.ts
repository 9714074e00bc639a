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

/** The linear score w·x. */
export function linear(vector: number[], weights: number[]): number {
  let z = 0;
  for (let i = 0; i < vector.length; i++) z += vector[i]! * (weights[i] ?? 0);
  return z;
}

/** Probability from a logistic model. */
export function score(vector: number[], weights: number[]): number {
  return sigmoid(linear(vector, weights));
}

/** Features of a headline candidate, in the order classify builds them. */
export const HEADLINE_FEATURES = [
  'bias', 'bodyOverlap', 'bodyOverlapCount', 'leadOverlap', 'cjkBigramOverlap', 'captionLike', 'repeated', 'words4to20', 'words1to2', 'endsWithPeriod', 'ellipsis', 'titleCaseShare', 'glued',
  'domH1', 'domHeading', 'linkHeavy', 'chromeAncestor', 'headlineToken', 'metaTitleSimilarity', 'bylineFollows',
  'distanceToBody', 'justBeforeBody', 'nearBeforeBody', 'listItem', 'sectionOrPublication', 'logWords', 'stopwordShare', 'position', 'separator',
  'bodyScore', 'afterBodyStart', 'navigationPhrase', 'nameLike',
  'distanceToMain', 'nearBeforeMain', 'longerNext', 'sentenceNext', 'shortAbove', 'dateFollows', 'betweenStarts', 'afterMainProse', 'hasDate', 'quotedElsewhere', 'allCaps', 'quoted', 'tagList', 'titleAbove', 'titleBelow', 'betterBelow', 'betterAbove', 'overlapVsMax', 'mostBodyOverlap', 'mostLeadOverlap',
] as const;

/** Hand-set headline weights: repeated, recurring in the body, h1, matching the metadata title. */
const HAND_HEADLINE: Record<string, number> = {
  bias: -2, bodyOverlap: 1.5, bodyOverlapCount: 2, leadOverlap: 1, cjkBigramOverlap: 2, captionLike: -3, repeated: 2, words4to20: 0.7, words1to2: -1.5, endsWithPeriod: -0.8, ellipsis: -2,
  titleCaseShare: 0.4, glued: 0.3, domH1: 3, domHeading: 0.5, linkHeavy: -2, chromeAncestor: -2, headlineToken: 1.5,
  metaTitleSimilarity: 4, bylineFollows: 1, distanceToBody: -1.2, listItem: -1.5, sectionOrPublication: -1.5,
};

/** Headline weights for a format, trained when available. */
export function headlineWeights(format: string): number[] {
  const trainedHead = (trained as WeightsFile & { headline?: { features: string[]; models?: Record<string, Record<string, number>> } }).headline;
  const same = trainedHead && trainedHead.features.length === HEADLINE_FEATURES.length && trainedHead.features.every((f, i) => f === HEADLINE_FEATURES[i]);
  const model = (same ? trainedHead.models?.[format] : undefined) ?? HAND_HEADLINE;
  return HEADLINE_FEATURES.map((n) => model[n] ?? 0);
}
