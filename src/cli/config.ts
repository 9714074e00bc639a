/**
 * Configuration: artclean.config.json (or --config FILE) and --rules FILE, both checked by zod.
 * An unknown key or a wrong type is a usage error (exit 2) whose message names the file and field.
 */
import safeRegex from 'safe-regex2';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { REQUIRABLE_FIELDS } from '../options.js';
import { UsageError } from '../result.js';
import { BUILTIN_RULES, type CompiledRules, compileRules, mergeRules } from '../rules/index.js';
import { RuleSetSchema } from '../rules/types.js';
import { formatPath } from '../stages/validate.js';

export const CONFIG_FILE = 'artclean.config.json';

/** Options a config file may set; flags given on the command line win. */
export const ConfigSchema = z
  .object({
    format: z.enum(['auto', 'html', 'text']),
    outDir: z.string().min(1),
    pretty: z.boolean(),
    explain: z.boolean(),
    rules: z.string().min(1),
    include: z.array(z.string().min(1)),
    exclude: z.array(z.string().min(1)),
    minWords: z.number().int().nonnegative(),
    require: z.array(z.enum(REQUIRABLE_FIELDS)),
    report: z.string().min(1),
    jobs: z.number().int().positive(),
    maxBytes: z.number().int().positive(),
    quiet: z.boolean(),
    progress: z.boolean(),
    color: z.boolean(),
  })
  .partial()
  .strict();
export type Config = z.infer<typeof ConfigSchema>;

function describeIssues(file: string, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `${file}: invalid`;
  if (issue.code === 'unrecognized_keys') return `${file}: unknown key ${issue.keys.map((k) => `"${[formatPath(issue.path), k].filter((x) => x !== '(root)').join('.')}"`).join(', ')}`;
  return `${file}: ${formatPath(issue.path)}: ${issue.message}`;
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`${file}: cannot read ${what} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${file}: ${what} is not valid JSON (${(err as Error).message})`);
  }
}

/** Load the config file: the one named, or artclean.config.json in the working directory if present. */
export function loadConfig(explicit: string | undefined, cwd: string): { config: Config; file: string | null } {
  const file = explicit ? path.resolve(cwd, explicit) : path.join(cwd, CONFIG_FILE);
  if (!explicit && !existsSync(file)) return { config: {}, file: null };
  const parsed = ConfigSchema.safeParse(readJson(file, 'config'));
  if (!parsed.success) throw new UsageError(describeIssues(file, parsed.error));
  // Paths in a config file are relative to the file, wherever the run starts from.
  const config = { ...parsed.data };
  for (const key of ['rules', 'outDir', 'report'] as const) {
    const value = config[key];
    if (value !== undefined) {
      if (value.trim() === '') throw new UsageError(`${file}: ${key}: needs a path, got an empty string`);
      config[key] = path.resolve(path.dirname(file), value);
    }
  }
  return { config, file };
}

/** Load a --rules file, merge it over the built-in rules and compile. */
/** A lookbehind group without nested brackets: "(?<!\\p{L})". */
const LOOKBEHIND_RE = /\(\?<[=!](?:[^()\\]|\\.)*\)/g;

export function loadRules(file: string | undefined): CompiledRules {
  if (!file) return compileRules(BUILTIN_RULES);
  const parsed = RuleSetSchema.safeParse(readJson(file, 'rules file'));
  if (!parsed.success) throw new UsageError(describeIssues(file, parsed.error));
  parsed.data.boilerplate.forEach((rule, i) => {
    if (rule.match !== 'regex') return;
    rule.patterns.forEach((p, j) => {
      try {
        new RegExp(p, 'iu');
      } catch (err) {
        throw new UsageError(`${file}: boilerplate[${i}].patterns[${j}]: invalid regular expression (${(err as Error).message})`);
      }
      // A user's pattern runs on every block of every document, with no time limit: one that can
      // backtrack exponentially ("(a+)+") would hang the run on some line. safe-regex2 checks the
      // star height; lookbehinds, which its parser does not read, are left out of the check.
      if (!safeRegex(p.replace(LOOKBEHIND_RE, ''))) {
        throw new UsageError(`${file}: boilerplate[${i}].patterns[${j}]: a repeated group inside a repeat, such as "(a+)+", can take exponential time; rewrite it without the nested repeat`);
      }
    });
  });
  return compileRules(mergeRules(BUILTIN_RULES, parsed.data));
}
