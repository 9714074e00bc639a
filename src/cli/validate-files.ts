/** `artclean validate FILES…`: one line per bad file or line, with the zod path of the problem. */
import { readFileSync } from 'node:fs';
import { ArticleSchema, ErrorRecordSchema } from '../model/article.js';
import { EXIT } from '../result.js';
import { formatPath } from '../stages/validate.js';
import { readStdin } from './read.js';
import { makeChalk, oneLine } from './report.js';

export async function validateFiles(files: string[], flags: { color: boolean }): Promise<number> {
  const c = makeChalk(flags.color && process.stderr.isTTY === true && !process.env['NO_COLOR']);
  let bad = 0;
  let good = 0;
  for (const file of files) {
    let text: string;
    try {
      // "-": the JSON or JSON Lines on stdin (`artclean page.html | artclean validate -`).
      if (file === '-') {
        const read = await readStdin(Number.MAX_SAFE_INTEGER);
        text = read.ok ? Buffer.from(read.value).toString('utf8') : '';
      } else text = readFileSync(file, 'utf8');
    } catch (err) {
      bad++;
      process.stderr.write(`${c.red('invalid')} ${oneLine(file)}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})\n`);
      continue;
    }
    // A file is one JSON document, or JSON Lines (one article or error record per line).
    let docs: Array<[string, unknown]>;
    try {
      docs = [[file, JSON.parse(text)]];
    } catch {
      docs = [];
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!.trim();
        if (!line) continue;
        try {
          docs.push([`${file}:${i + 1}`, JSON.parse(line)]);
        } catch (err) {
          docs.push([`${file}:${i + 1}`, Symbol.for('bad-json')]);
          void err;
        }
      }
      if (!docs.length) docs = [[file, Symbol.for('bad-json')]];
    }
    for (const [where, doc] of docs) {
      if (doc === Symbol.for('bad-json')) {
        bad++;
        process.stderr.write(`${c.red('invalid')} ${oneLine(where)}: not valid JSON\n`);
        continue;
      }
      if (ErrorRecordSchema.safeParse(doc).success) {
        good++;
        continue;
      }
      const parsed = ArticleSchema.safeParse(doc);
      if (parsed.success) good++;
      else {
        bad++;
        const issue = parsed.error.issues[0];
        process.stderr.write(`${c.red('invalid')} ${oneLine(where)}: ${issue ? formatPath(issue.path) : '(root)'}: ${oneLine(issue?.message ?? 'invalid')}\n`);
      }
    }
  }
  process.stderr.write(`${good} valid, ${bad} invalid\n`);
  return bad ? EXIT.failed : EXIT.ok;
}
