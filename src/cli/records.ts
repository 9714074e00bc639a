/** --jsonl input records: `{id?, url?, html? | text?}` per line, checked by zod. */
import { z } from 'zod';
import type { Task } from './process.js';

export const RecordSchema = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    url: z.string().nullable().optional(),
    html: z.string().optional(),
    text: z.string().optional(),
  })
  .passthrough()
  .refine((r) => (r.html === undefined) !== (r.text === undefined), { message: 'a record needs exactly one of "html" or "text"' });

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
  const parsed = RecordSchema.safeParse(raw);
  if (!parsed.success) {
    const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : fallbackId;
    return { index, path: null, id, error: { code: 'bad-record', message: parsed.error.issues[0]?.message ?? 'invalid record' } };
  }
  const r = parsed.data;
  const id = r.id === undefined ? fallbackId : String(r.id);
  const text = r.html ?? r.text ?? '';
  return { index, path: null, id, url: r.url ?? null, text, format: r.html !== undefined ? 'html' : 'text' };
}
