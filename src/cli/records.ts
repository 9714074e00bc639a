/** --jsonl input records: `{id?, url?, html? | text?}` per line, checked by zod. */
import { z } from 'zod';
import type { Task } from './process.js';

/** The JSON kind of a value, for messages ("received array"). */
const jsonKind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

export const RecordSchema = z
  .object({
    // A null or empty id is no id: the record gets its line-number id, as when the key is absent.
    id: z.preprocess(
      (v) => (v === null || v === '' ? undefined : v),
      z.union([z.string(), z.number()], { error: (issue) => `expected a string or a number, received ${jsonKind(issue.input)}` }).optional(),
    ),
    url: z.string().nullable().optional(),
    html: z.string().optional(),
    text: z.string().optional(),
  })
  .passthrough()
  .refine((r) => (r.html === undefined) !== (r.text === undefined), { message: 'a record needs exactly one of "html" or "text"' });

/** A zod issue as one line naming the field it is about: "url: expected string, received number". */
function issueMessage(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid record';
  const what = issue.message.replace(/^Invalid input: /, '');
  const where = issue.path.map(String).join('.');
  if (where) return `${where}: ${what}`;
  // A line that is JSON but not an object says so; a rule over the whole record speaks for itself.
  return issue.code === 'invalid_type' ? `record: ${what}` : what;
}

/** The id of a record that failed validation: its own when usable, else the line-number id. */
function idOfInvalid(raw: unknown, fallbackId: string): string {
  const id = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { id?: unknown }).id : undefined;
  if ((typeof id === 'string' && id !== '') || typeof id === 'number') return String(id);
  return fallbackId;
}

/**
 * The record's "id" as written on its line: a number keeps its digits ("1234567890123456789" would
 * lose its last ones through a double, "1e400" would become Infinity). The pattern cannot match
 * inside a JSON string, where a quote is escaped. `text` may be only the head of a line.
 */
const ID_TOKEN_RE = /"id"\s*:\s*("(?:[^"\\]|\\.){0,1000}"|-?\d[\d.eE+-]{0,400})/;
export function idToken(text: string): string | null {
  const m = ID_TOKEN_RE.exec(text);
  if (!m) return null;
  if (!m[1]!.startsWith('"')) return m[1]!;
  try {
    const id = JSON.parse(m[1]!) as string;
    return id === '' ? null : id;
  } catch {
    return null;
  }
}

/** One input line → a task (a failed one when the line is not a valid record). */
export function parseRecord(line: string, index: number): Task {
  const fallbackId = `line-${index + 1}`;
  if (!line.trim()) return { index, path: null, id: fallbackId, error: { code: 'bad-record', message: 'empty line' } };
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    return { index, path: null, id: fallbackId, error: { code: 'bad-record', message: `not JSON (${(err as Error).message})` } };
  }
  // A numeric id is kept as written (see idToken), never rounded or turned into Infinity.
  if (raw !== null && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'number') (raw as { id: unknown }).id = idToken(line) ?? String((raw as { id: number }).id);
  const parsed = RecordSchema.safeParse(raw);
  if (!parsed.success) {
    return { index, path: null, id: idOfInvalid(raw, fallbackId), error: { code: 'bad-record', message: issueMessage(parsed.error.issues[0]) } };
  }
  const r = parsed.data;
  const id = r.id === undefined ? fallbackId : String(r.id);
  const text = r.html ?? r.text ?? '';
  return { index, path: null, id, url: r.url ?? null, text, format: r.html !== undefined ? 'html' : 'text' };
}
