/**
 * Command-line paths → the ordered list of inputs. Files, folders (searched recursively with
 * fast-glob and --include/--exclude), globs, and "-" for stdin. The order is sorted and so
 * deterministic; an output folder inside an input folder is never read back.
 */
import fg from 'fast-glob';
import { existsSync, readdir, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_ID } from '../model/article.js';
import { foreignFile } from './write.js';

export interface InputRef {
  /** Absolute path, or "-" for stdin. */
  path: string;
  /** Path relative to the folder argument (folders) or the working directory (files): the id and the mirrored output path. */
  rel: string;
}

export interface Missing {
  path: string;
  code: 'not-found' | 'unreadable';
  message: string;
}

/** Files a folder run picks up when --include is not given: text dumps and HTML pages. */
export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.text', '**/*.html', '**/*.htm', '**/*.xhtml', '**/*.md'];

const toPosix = (p: string): string => p.split(path.sep).join('/');

/**
 * A folder filter read as .gitignore reads it: "drafts/" is a folder of that name at any depth,
 * "/keep/page.txt" is anchored to the folder given, and a pattern without "/" matches a file name
 * at any depth (fast-glob's baseNameMatch).
 */
export function folderPattern(p: string): string {
  if (p.endsWith('/')) {
    const dir = p.replace(/^\/+|\/+$/g, '');
    return dir.includes('/') ? `${dir}/**` : `**/${dir}/**`;
  }
  return p.startsWith('/') ? p.replace(/^\/+/, '') : p;
}
const isGlob = (p: string): boolean => fg.isDynamicPattern(p, { dot: false }) && !existsSync(p);

export interface ExpandOptions {
  include: string[];
  exclude: string[];
  /** Output folder to keep out of the inputs, as a real path (write.ts realTarget). */
  outDir: string | null;
  cwd: string;
}

function relToCwd(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel.startsWith('..') || path.isAbsolute(rel) ? path.basename(abs) : toPosix(rel);
}

/** Why a path cannot be opened, from the error of a stat. */
function openFailure(shown: string, err: unknown): Missing {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return { path: shown, code: 'unreadable', message: 'permission denied' };
  if (code === 'ELOOP') return { path: shown, code: 'unreadable', message: 'symbolic link loop' };
  if (code === 'ENOENT' || code === 'ENOTDIR') return { path: shown, code: 'not-found', message: 'no such file or directory' };
  return { path: shown, code: 'unreadable', message: `cannot open (${code ?? 'error'})` };
}

/**
 * The files among fast-glob entries (objectMode, onlyFiles off). A symbolic link to a file is an
 * input like the file; a broken link is reported (it was listed, so it is not silently dropped);
 * a link to a folder is not followed, so that a walk never loops or leaves the tree.
 */
function filesAmong(entries: fg.Entry[], cwd: string, shown: (rel: string) => string, missing: Missing[]): string[] {
  const files: string[] = [];
  for (const e of entries) {
    if (e.dirent.isFile()) files.push(e.path);
    else if (e.dirent.isSymbolicLink()) {
      try {
        if (statSync(path.resolve(cwd, e.path)).isFile()) files.push(e.path);
      } catch (err) {
        const m = openFailure(shown(e.path), err);
        missing.push(m.code === 'not-found' ? { ...m, message: 'broken symbolic link' } : m);
      }
    }
  }
  return files.sort();
}

/** Expand the arguments. Paths that do not exist are returned in `missing`, never thrown. */
export async function expandInputs(args: string[], opts: ExpandOptions): Promise<{ inputs: InputRef[]; missing: Missing[] }> {
  const inputs: InputRef[] = [];
  const missing: Missing[] = [];
  const seen = new Set<string>();
  const within = (p: string, dir: string): boolean => p === dir || p.startsWith(dir + path.sep);
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  /** `base`: the folder argument (or the working directory) the input was found from. */
  const add = (abs: string, rel: string, base: string): void => {
    if (seen.has(abs)) return;
    // Our own outputs are skipped when the output folder sits inside the searched folder (real
    // paths: a link to the folder is the folder). When the output folder is that folder (or holds
    // it), skipping would drop every input: the inputs are kept, except the artclean outputs in it
    // (.json files that start with our schema id), so that a second run does not read the first
    // one's outputs back. An output that would land on an input is refused later (would-overwrite).
    if (opts.outDir) {
      const r = real(abs);
      if (within(r, opts.outDir) && (!within(real(base), opts.outDir) || (/\.json$/i.test(r) && !foreignFile(r, SCHEMA_ID)))) return;
    }
    seen.add(abs);
    inputs.push({ path: abs, rel });
  };
  const ignore = opts.exclude.map(folderPattern);
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ path: '-', rel: 'stdin' });
      continue;
    }
    const abs = path.resolve(opts.cwd, arg);
    let stat;
    try {
      stat = statSync(abs);
    } catch (err) {
      if (isGlob(arg)) {
        const entries = await fg(arg, { cwd: opts.cwd, absolute: true, onlyFiles: false, objectMode: true, ignore, followSymbolicLinks: false, suppressErrors: true, dot: false });
        const before = missing.length;
        const found = filesAmong(entries, opts.cwd, (f) => relToCwd(f, opts.cwd), missing);
        if (!found.length && missing.length === before) missing.push({ path: arg, code: 'not-found', message: 'no file matches this pattern' });
        for (const f of found) add(path.normalize(f), relToCwd(f, opts.cwd), opts.cwd);
        continue;
      }
      missing.push(openFailure(arg, err));
      continue;
    }
    if (stat.isDirectory()) {
      // fast-glob skips folders it cannot list (suppressErrors); record them so that a folder
      // that cannot be read is a reported failure, not files silently left out.
      const unlisted: Array<{ dir: string; code: string }> = [];
      const watchedReaddir = (dir: string, ...rest: unknown[]): void => {
        const callback = rest.pop() as (err: NodeJS.ErrnoException | null, entries?: unknown) => void;
        (readdir as (...a: unknown[]) => void)(dir, ...rest, (err: NodeJS.ErrnoException | null, entries?: unknown) => {
          if (err && err.code !== 'ENOENT') unlisted.push({ dir, code: err.code ?? 'error' });
          callback(err, entries);
        });
      };
      const outRel = opts.outDir ? toPosix(path.relative(abs, opts.outDir)) : null;
      const dirIgnore = outRel && !outRel.startsWith('..') && outRel !== '' ? [...ignore, `${outRel}/**`] : ignore;
      const entries = await fg(opts.include.length ? opts.include.map(folderPattern) : DEFAULT_INCLUDE, {
        cwd: abs,
        onlyFiles: false,
        objectMode: true,
        ignore: dirIgnore,
        followSymbolicLinks: false,
        suppressErrors: true,
        dot: false,
        // "*.txt" means any .txt file in the folder, at any depth, as in .gitignore.
        baseNameMatch: true,
        // The default extensions in any case (PAGE.HTML); a user's own patterns match as written.
        caseSensitiveMatch: opts.include.length > 0,
        fs: { readdir: watchedReaddir as unknown as typeof readdir },
      });
      const before = missing.length;
      const found = filesAmong(entries, abs, (rel) => toPosix(path.join(arg, rel)), missing);
      for (const rel of found) add(path.join(abs, rel), toPosix(rel), abs);
      // A folder that gives no input is a failure to report, as a glob that matches nothing is.
      if (!found.length && !unlisted.length && missing.length === before) {
        const what = opts.include.length ? opts.include.join(', ') : DEFAULT_INCLUDE.map((p) => p.replace('**/', '')).join(', ');
        missing.push({ path: arg, code: 'not-found', message: `no input files in this folder (looked for ${what})` });
      }
      for (const u of unlisted.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0))) {
        const shown = toPosix(path.join(arg, path.relative(abs, u.dir))) || '.';
        missing.push({ path: shown, code: 'unreadable', message: u.code === 'EACCES' || u.code === 'EPERM' ? 'folder cannot be read (permission denied)' : `folder cannot be read (${u.code})` });
      }
    } else {
      add(abs, relToCwd(abs, opts.cwd), opts.cwd);
    }
  }
  // A path given twice (by name and through a glob) is one failure, reported once.
  const reported = new Set<string>();
  const once = missing.filter((m) => !reported.has(m.path) && reported.add(m.path));
  return { inputs: distinctRels(inputs, opts.cwd), missing: once };
}

/**
 * Two inputs with one relative path (page.txt in two folder arguments, or two files outside the
 * working directory) would share an id and an output file: each of them is named by its path from
 * the working directory instead, or failing that by its absolute path.
 */
function distinctRels(inputs: InputRef[], cwd: string): InputRef[] {
  const longer = [
    (p: string): string => {
      const rel = path.relative(cwd, p);
      return rel.startsWith('..') || path.isAbsolute(rel) ? toPosix(p).replace(/^\/+/, '') : toPosix(rel);
    },
    (p: string): string => toPosix(p).replace(/^\/+/, ''),
  ];
  let out = inputs;
  for (const name of longer) {
    const count = new Map<string, number>();
    for (const i of out) count.set(i.rel, (count.get(i.rel) ?? 0) + 1);
    if (![...count.values()].some((n) => n > 1)) break;
    // Every input is renamed, not only the clashing ones, so that the outputs keep mirroring one
    // tree: x1/page.html goes to OUT/x1/page.json beside x1/page.txt, not to OUT/page.json.
    out = out.map((i) => (i.path !== '-' ? { ...i, rel: name(i.path) } : i));
  }
  return out;
}
