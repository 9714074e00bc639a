/** Decide whether a decoded document is HTML or a plain-text dump, from its content. */
import type { InputFormat } from '../options.js';

/** Markup that only an HTML document starts with or is built of. */
const HTML_START_RE = /^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html|<head[\s>]|<!--)/i;
/** Structural tags: a text dump may quote a stray "<" but rarely holds many of these. */
const TAG_RE = /<\/?(?:html|head|body|div|p|span|a|script|style|meta|link|article|section|header|footer|nav|li|ul|h[1-6]|br|img|table|tr|td)\b[^>]*>/gi;

const TAG_ONE_RE = new RegExp(TAG_RE.source, 'i');

/** Minimum structural tags, and their share of lines, for a document without a doctype to be HTML. */
const MIN_TAGS = 5;

export function detectFormat(text: string, hint: InputFormat = 'auto'): 'html' | 'text' {
  if (hint !== 'auto') return hint;
  const head = text.slice(0, 2048);
  if (HTML_START_RE.test(head) && /<[a-z!]/i.test(head)) {
    // "<!--" alone could open a text file with a comment: require a real tag soon after.
    if (!/^\s*<!--/.test(head) || TAG_ONE_RE.test(text.slice(0, 20000))) return 'html';
  }
  const sample = text.slice(0, 200000);
  const tags = sample.match(TAG_RE)?.length ?? 0;
  if (tags < MIN_TAGS) return 'text';
  const lines = sample.split('\n').length;
  return tags >= lines * 0.2 || tags >= 50 ? 'html' : 'text';
}
