/**
 * The output contract, `artclean/article@1`, defined once. The TypeScript type is inferred from
 * the zod schema, `artclean schema` prints it as JSON Schema, and validate() is the only gate to
 * stdout and to files.
 */
import { z } from 'zod';
import { LABELS } from './block.js';
import { REASON_CODES, type ReasonCode } from '../result.js';

export const SCHEMA_ID = 'artclean/article@1';

const nonEmpty = z.string().min(1);

/** `YYYY-MM-DD`, or with a time `THH:MM[:SS[.fff]]` and an optional zone (`Z` or `±HH:MM`): what the pipeline emits. */
const ISO_DATE_OR_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** The date part names a day that exists: month 1–12, day within that month (29 February only in leap years); a time is within 00:00–23:59:59. */
function isCalendarDay(value: string): boolean {
  const m = ISO_DATE_OR_TIMESTAMP.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const time = /^T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(m[4] ?? '');
  if (time && (Number(time[1]) > 23 || Number(time[2]) > 59 || Number(time[3] ?? 0) > 59)) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const ImageSchema = z
  .object({
    caption: z.string().describe('Caption text, credit removed'),
    credit: z.string().nullable().describe('Photo credit or agency, when one was found'),
  })
  .strict();

export const RemovedSchema = z
  .object({
    label: z.enum(LABELS),
    rule: nonEmpty.describe('Id of the rule or signal that decided the label'),
    text: z.string(),
  })
  .strict();

export const ArticleSchema = z
  .object({
    schema: z.literal(SCHEMA_ID),
    id: nonEmpty.describe('Relative path of the input, or the record id in --jsonl mode'),
    source: z
      .object({
        path: z.string().nullable(),
        format: z.enum(['text', 'html']),
        bytes: z.number().int().nonnegative(),
        url: z.string().nullable(),
      })
      .strict(),
    headline: nonEmpty.nullable(),
    dek: nonEmpty.nullable(),
    byline: nonEmpty.nullable(),
    authors: z.array(nonEmpty),
    publisher: nonEmpty.nullable(),
    section: z.array(nonEmpty),
    published: z
      .string()
      .regex(ISO_DATE_OR_TIMESTAMP, 'ISO 8601 date or timestamp')
      .refine(isCalendarDay, 'ISO 8601 date or timestamp on a real calendar day (month 01-12, a day the month has) and a real time of day')
      .nullable(),
    summary: nonEmpty.nullable(),
    body: z.string().describe('Paragraphs joined by one blank line'),
    images: z.array(ImageSchema),
    lang: z.string().nullable(),
    stats: z
      .object({
        words: z.number().int().nonnegative(),
        paragraphs: z.number().int().nonnegative(),
        removedBlocks: z.number().int().nonnegative(),
      })
      .strict(),
    warnings: z.array(z.string()),
    removed: z.array(RemovedSchema).optional().describe('Only with --explain'),
  })
  .strict();

export type Article = z.infer<typeof ArticleSchema>;
export type ImageRef = z.infer<typeof ImageSchema>;
export type Removed = z.infer<typeof RemovedSchema>;

/** The line written in place of an article when a document fails (JSON Lines and --jsonl mode). */
export const ErrorRecordSchema = z
  .object({
    id: z.string().nullable(),
    error: z.object({ code: z.enum(Object.keys(REASON_CODES) as [ReasonCode, ...ReasonCode[]]), message: nonEmpty }).strict(),
  })
  .strict();
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;

/** JSON Schema of the output, for `artclean schema`. */
export function articleJsonSchema(): unknown {
  return z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12' });
}

/** JSON Schema of one --jsonl output line: an article, or the error record of a failed input (`artclean schema --jsonl`). */
export function jsonlLineJsonSchema(): unknown {
  return z.toJSONSchema(z.union([ArticleSchema, ErrorRecordSchema]), { target: 'draft-2020-12' });
}
