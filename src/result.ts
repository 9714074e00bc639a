/**
 * One error model. Stages return Result<T>; a failure carries a Reason from a closed set of codes.
 * Only bugs throw. The CLI maps outcomes to exit codes in one place (exitCodeFor).
 */

/** Why a document failed. Each code has a fixed meaning that users can script against. */
export const REASON_CODES = {
  'not-found': 'the path does not exist',
  unreadable: 'the file could not be read (permissions, a directory, an I/O error)',
  'too-large': 'the file is larger than --max-bytes',
  empty: 'the input is empty or only whitespace',
  binary: 'the input is binary data, not text or HTML',
  'not-text': 'the input is structured data (a JSON document), not a text or HTML dump',
  'bad-record': 'a --jsonl input line is not a valid record',
  'no-article': 'no article was found (a page of links, a section front, navigation only)',
  gate: 'the article failed a quality gate (--min-words, --require)',
  'would-overwrite': 'writing the output would overwrite an input',
  unwritable: 'the output file could not be written (permissions, a full disk, a folder in the way)',
  internal: 'a bug in artclean',
} as const;

export type ReasonCode = keyof typeof REASON_CODES;

export interface Reason {
  code: ReasonCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; reason: Reason };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ReasonCode, message: string): Result<T> => ({ ok: false, reason: { code, message } });

/** Process exit codes (DESIGN.md). */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3, interrupted: 130, terminated: 143 } as const;

/** A usage or configuration error: exit 2, message names the flag, file or field. */
export class UsageError extends Error {
  override name = 'UsageError';
}
