/**
 * The shape of rule data, defined once with zod: the built-in tables are checked against it when
 * they are compiled, and a user's --rules file is parsed with the same schemas (strict: an unknown
 * key or a wrong type is a usage error naming the field).
 */
import { z } from 'zod';
import { BOILERPLATE_LABELS } from '../model/block.js';

/** Labels a phrase rule may give: every boilerplate kind plus the furniture labels. */
export const PHRASE_LABELS = [...BOILERPLATE_LABELS, 'caption', 'credit', 'author-bio', 'dateline'] as const;

export const PhraseRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9:-]*$/, 'rule ids are lower-case kebab words'),
    label: z.enum(PHRASE_LABELS),
    /**
     * heading: the whole block is one of the phrases (case/punctuation ignored) and, for list
     *   labels, starts a run of teaser items that ends at the next prose block;
     * line: the whole block is one of the phrases (no run);
     * prefix: the block starts with a phrase and is short;
     * regex: a JavaScript regular expression (flags iu) tested against the block text.
     */
    match: z.enum(['heading', 'line', 'prefix', 'regex']),
    patterns: z.array(z.string().min(1)).min(1),
    reason: z.string().min(1),
  })
  .strict();
export type PhraseRule = z.infer<typeof PhraseRuleSchema>;

export const ClassTokenRuleSchema = z
  .object({
    id: z.string().min(1),
    label: z.enum([...BOILERPLATE_LABELS, 'caption', 'credit', 'byline', 'author-bio', 'body', 'headline', 'dek']),
    tokens: z.array(z.string().min(1)).min(1),
    reason: z.string().min(1),
  })
  .strict();
export type ClassTokenRule = z.infer<typeof ClassTokenRuleSchema>;

/** The whole rule set; a user --rules file is a partial of it whose lists are appended. */
export const RuleSetSchema = z
  .object({
    boilerplate: z.array(PhraseRuleSchema).default([]),
    /** Photo agencies and credit markers recognised at the end of captions. */
    captions: z
      .object({
        agencies: z.array(z.string().min(1)).default([]),
        markers: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .default({ agencies: [], markers: [] }),
    bylines: z
      .object({
        /** Words that introduce a byline ("By", "Von", "Par", "Por", "Text:"). */
        prefixes: z.array(z.string().min(1)).default([]),
        /** Words that follow the name ("기자", "記者"). */
        suffixes: z.array(z.string().min(1)).default([]),
        /** Label words that introduce a byline only when a colon follows ("Text:", "Autor:"). */
        colonPrefixes: z.array(z.string().min(1)).default([]),
        /** Words that end the name part of a byline (roles, "Updated", "Published"). */
        stopWords: z.array(z.string().min(1)).default([]),
        /** Organisations that appear in bylines after a name ("| Reuters"). */
        organisations: z.array(z.string().min(1)).default([]),
        /** Nouns publication names are made of ("Times", "Zeitung"). */
        publicationNouns: z.array(z.string().min(1)).default([]),
        /** Credentials written after a name ("MD", "PhD"): dropped, never taken for a second author. */
        credentials: z.array(z.string().min(1)).default([]),
        /** Page-chrome words ("Navigation", "Menu") that never stand in a bare name. */
        chromeWords: z.array(z.string().min(1)).default([]),
        /** Given names that are also common lower-case words ("Will", "Grace"): see BYLINE_WORD_NAMES. */
        wordNames: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .default({ prefixes: [], suffixes: [], colonPrefixes: [], stopWords: [], organisations: [], publicationNouns: [], credentials: [], chromeWords: [], wordNames: [] }),
    classTokens: z.array(ClassTokenRuleSchema).default([]),
    /** Section names (breadcrumbs) used to split glued header lines. */
    sections: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type RuleSet = z.infer<typeof RuleSetSchema>;
export type RuleSetInput = z.input<typeof RuleSetSchema>;
