/** `artclean explain FILE`: every block in order, coloured by label, with the rule that decided it. */
import type { ChalkInstance } from 'chalk';
import type { Label } from '../model/block.js';
import { EXIT, type Reason } from '../result.js';
import { classify } from '../stages/classify.js';
import { prepareDocument } from '../pipeline.js';
import { loadRules } from './config.js';
import { readInput, readStdin } from './read.js';
import { failureLine, makeChalk } from './report.js';
import { writeStdout } from './write.js';

/** Colour per label family: content green, furniture cyan/blue, captions magenta, boilerplate dim/red. */
function paint(c: ChalkInstance, label: Label): (s: string) => string {
  switch (label) {
    case 'body':
      return c.green;
    case 'headline':
    case 'dek':
    case 'byline':
    case 'dateline':
    case 'publisher':
    case 'section':
    case 'summary':
      return c.cyan;
    case 'caption':
    case 'credit':
    case 'author-bio':
      return c.magenta;
    case 'ad':
    case 'promo':
    case 'newsletter':
    case 'share':
      return c.red;
    default:
      return c.dim;
  }
}

export interface ExplainFlags {
  format: 'auto' | 'html' | 'text';
  rules?: string | undefined;
  color: boolean;
  maxBytes: number;
}

export async function explainFile(file: string, flags: ExplainFlags): Promise<number> {
  const color = flags.color && process.stdout.isTTY === true && !process.env['NO_COLOR'];
  const c = makeChalk(color);
  const rules = loadRules(flags.rules);
  const failed = (reason: Reason): number => {
    process.stderr.write(failureLine({ id: file === '-' ? 'stdin' : file, code: reason.code, message: reason.message }, makeChalk(false)) + '\n');
    return EXIT.failed;
  };
  const read = file === '-' ? await readStdin(flags.maxBytes) : readInput(file, flags.maxBytes);
  if (!read.ok) return failed(read.reason);
  // The same checks as cleaning: what `artclean FILE` refuses, explain refuses with the same reason.
  const prepared = prepareDocument({ id: file, path: file, url: null, bytes: read.value }, { maxBytes: flags.maxBytes, format: flags.format }, rules);
  if (!prepared.ok) return failed(prepared.reason);
  const { format, segmented: seg } = prepared.value;
  const { blocks } = classify(seg, rules);
  const width = process.stdout.columns && color ? process.stdout.columns : 0;
  const lines: string[] = [`# ${file} (${format}${seg.layout ? `, ${seg.layout}` : ''}, ${blocks.length} blocks)`];
  for (const b of blocks) {
    const p = paint(c, b.label);
    const head = `${String(b.index).padStart(4)} ${b.label.padEnd(10)} ${(b.rule || '').padEnd(28)} ${(b.score ?? 0).toFixed(2)}  `;
    let text = b.text.replace(/\s+/g, ' ');
    if (width && head.length + text.length > width) text = text.slice(0, Math.max(10, width - head.length - 1)) + '…';
    lines.push(p(head + text));
  }
  await writeStdout(lines.join('\n') + '\n');
  return EXIT.ok;
}
