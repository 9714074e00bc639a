/**
 * One document through the stages, in order:
 * decode → detect format → segment → classify → assemble → gates → validate.
 * Pure over its input bytes: reading files and writing outputs happen at the edges (cli/).
 */
import type { LabelledBlock, Segmented } from './model/block.js';
import { type Article, SCHEMA_ID } from './model/article.js';
import { type CleanOptions, THRESHOLDS } from './options.js';
import { flattenHtml, nestingDepth } from './text/html-flatten.js';
import { type Result, fail, ok } from './result.js';
import type { CompiledRules } from './rules/index.js';
import { assemble, type Draft } from './stages/assemble.js';
import { classify } from './stages/classify.js';
import { decode, refuseBinaryText } from './stages/decode.js';
import { detectFormat } from './stages/detect-format.js';
import { segmentHtml } from './stages/segment-html.js';
import { segmentText } from './stages/segment-text.js';
import { validateArticle } from './stages/validate.js';

export interface DocumentInput {
  /** Relative path of the input, or the record id in --jsonl mode. */
  id: string;
  path: string | null;
  url: string | null;
  bytes: Uint8Array;
  /** Already-decoded text (--jsonl records): skips byte decoding. */
  text?: string;
  /** Format asserted by the caller (a --jsonl record's html/text key), over the option. */
  format?: 'html' | 'text';
  /** Warnings from before the pipeline (a --jsonl line's decoding). */
  warnings?: string[];
}

export interface Cleaned {
  article: Article;
  blocks: LabelledBlock[];
  segmented: Segmented;
}

/** Quality gates: a document that misses them fails with reason `gate`. */
function checkGates(draft: Draft, options: CleanOptions): string | null {
  if (options.minWords > 0 && draft.stats.words < options.minWords) return `${draft.stats.words} words, fewer than --min-words ${options.minWords}`;
  const missing = options.require.filter((f) => {
    const v = draft[f];
    return v === null || v === '' || (Array.isArray(v) && v.length === 0);
  });
  return missing.length ? `missing required field${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}` : null;
}

/**
 * A document that is a JSON value as a whole (artclean's own output, an API response) is data, not
 * a dump: cleaning it would make an article of raw JSON. Only parsed when it could be JSON at all
 * (first and last visible characters are brackets), so a dump is never parsed; a dump that merely
 * starts with "{" fails to parse and stays a dump.
 */
function jsonDataReason(text: string, isRecord: boolean): Result<never> | null {
  const trimmed = text.trim(); // trim() also drops a BOM (U+FEFF), which JSON.parse refuses
  const first = trimmed.charCodeAt(0);
  const last = trimmed.charCodeAt(trimmed.length - 1);
  const brackets = (first === 0x7b && last === 0x7d) || (first === 0x5b && last === 0x5d); // {…} or […]
  if (!brackets) return null;
  try {
    JSON.parse(trimmed);
  } catch {
    return null;
  }
  return fail('not-text', `JSON data, not a text or HTML dump${isRecord ? '' : ' (records go through --jsonl)'}`);
}

/** Segment a decoded document into blocks (exposed for `artclean explain`). */
export function segment(text: string, format: 'html' | 'text', rules: CompiledRules): Segmented {
  if (format === 'html') {
    const depth = nestingDepth(text, THRESHOLDS.maxParseDepth);
    if (depth <= THRESHOLDS.maxParseDepth) return segmentHtml(text);
    const flat = segmentText(flattenHtml(text), rules);
    return { ...flat, format: 'html', warnings: [`HTML nested more than ${THRESHOLDS.maxParseDepth} elements deep: read as text`] };
  }
  const seg = segmentText(text, rules);
  // A text dump is lines of a page; a line of megabytes is not one (a file of one huge line): say so.
  const longest = seg.blocks.reduce((m, b) => Math.max(m, b.text.length), 0);
  return longest > THRESHOLDS.maxLineChars ? { ...seg, warnings: [`a line of ${longest} characters: not the layout of a text dump, read as one paragraph`] } : seg;
}

/** A document read, decoded and segmented: what classify takes, with the warnings so far. */
export interface Prepared {
  format: 'html' | 'text';
  segmented: Segmented;
  warnings: string[];
}

/**
 * The stages before classification, with every reason a document fails there (too large,
 * binary, empty, JSON data). Shared by cleanDocument and `artclean explain`, so both refuse the same inputs.
 */
export function prepareDocument(input: DocumentInput, options: Pick<CleanOptions, 'maxBytes' | 'format'>, rules: CompiledRules): Result<Prepared> {
  if (input.bytes.length > options.maxBytes) return fail('too-large', `${input.bytes.length} bytes, over --max-bytes ${options.maxBytes}`);
  let text: string;
  const warnings: string[] = [...(input.warnings ?? [])];
  if (input.text !== undefined) {
    // A --jsonl record arrives decoded, but binary content fails as it would in a file.
    const checked = refuseBinaryText(input.text);
    if (!checked.ok) return checked;
    text = checked.value;
  } else {
    const decoded = decode(input.bytes);
    if (!decoded.ok) return decoded;
    text = decoded.value.text;
    warnings.push(...decoded.value.warnings);
  }
  if (!text.trim()) return fail('empty', text.length ? 'only whitespace' : 'empty input');
  const json = jsonDataReason(text, input.text !== undefined);
  if (json) return json;
  const format = input.format ?? detectFormat(text, options.format);
  const segmented = segment(text, format, rules);
  if (!segmented.blocks.length) return fail('empty', 'no text in the document');
  warnings.push(...(segmented.warnings ?? []));
  return ok({ format, segmented, warnings });
}

export function cleanDocument(input: DocumentInput, options: CleanOptions, rules: CompiledRules): Result<Cleaned> {
  const prepared = prepareDocument(input, options, rules);
  if (!prepared.ok) return prepared;
  const { format, segmented, warnings } = prepared.value;
  const classified = classify(segmented, rules);
  const drafted = assemble(classified.blocks, segmented.meta, rules);
  if (!drafted.ok) return drafted;
  const draft = drafted.value;
  const gate = checkGates(draft, options);
  if (gate) return fail('gate', gate);
  const { removed, ...fields } = draft;
  const candidate = {
    schema: SCHEMA_ID,
    id: input.id,
    source: { path: input.path, format, bytes: input.bytes.length, url: input.url ?? segmented.meta.url ?? null },
    ...fields,
    warnings: [...warnings, ...draft.warnings],
    ...(options.explain ? { removed } : {}),
  };
  const valid = validateArticle(candidate);
  if (!valid.ok) return valid;
  return ok({ article: valid.value, blocks: classified.blocks, segmented });
}
