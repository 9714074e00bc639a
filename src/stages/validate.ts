/** The only gate to output: a draft becomes an Article when the zod schema accepts it. */
import { type Article, ArticleSchema } from '../model/article.js';
import { type Result, fail, ok } from '../result.js';

/** Format a zod issue path the way `artclean validate` prints it: `images[0].credit`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '') || '(root)';
}

export function validateArticle(candidate: unknown): Result<Article> {
  const parsed = ArticleSchema.safeParse(candidate);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return fail('internal', `output failed the schema at ${issue ? formatPath(issue.path) : '(root)'}: ${issue?.message ?? 'invalid'}`);
}
