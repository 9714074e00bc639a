/**
 * Outputs appear whole or not at all: a folder run with --out-dir is killed with SIGKILL at a few
 * points (no chance to clean up), then every *.json in the output folder must parse as an
 * article. Temporary files (.<name>.<pid>.<n>.tmp) may remain after SIGKILL; nothing else may.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { ArticleSchema } from '../../src/model/article.js';
import { hashTree, listFiles, removeTempDirs, sleep, spawnCli, tempDir, waitFor, writeTree } from '../helpers/cli.js';
import { htmlDump, textDump } from '../helpers/synth.js';

afterAll(removeTempDirs);

const TMP_NAME = /(^|\/)\.[^/]+\.json\.\d+\.\d+\.tmp$/;

describe('SIGKILL', () => {
  test('killed at random points, no output file is partial', async () => {
    const base = tempDir('kill');
    const input = path.join(base, 'in');
    const out = path.join(base, 'out');
    const files: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) files[`d${i % 30}/doc-${String(i).padStart(4, '0')}.${i % 4 === 0 ? 'html' : 'txt'}`] = i % 4 === 0 ? htmlDump(5000 + i) : textDump(5000 + i);
    writeTree(input, files);
    const before = hashTree(input);

    const hasOutput = (): boolean => listFiles(out).some((f) => f.endsWith('.json'));
    // a few fixed delays, then one kill once outputs are being written (so the check is never vacuous)
    const kills: Array<() => Promise<void>> = [100, 300, 600].map((ms) => () => sleep(ms));
    kills.push(async () => {
      await waitFor(hasOutput, 60_000, 10);
      await sleep(50);
    });
    for (const [i, wait] of kills.entries()) {
      const run = spawnCli([input, '--out-dir', out, '-j', i % 2 ? '2' : '1', '--no-progress']);
      await wait();
      run.child.kill('SIGKILL');
      const res = await run.exited;
      // it was killed, unless it had already finished
      expect(res.signal === 'SIGKILL' || res.code === 0).toBe(true);
    }

    const written = listFiles(out);
    const outputs = written.filter((f) => f.endsWith('.json'));
    expect(outputs.length).toBeGreaterThan(0);
    for (const f of outputs) {
      const parsed = ArticleSchema.safeParse(JSON.parse(readFileSync(path.join(out, f), 'utf8')));
      expect([f, parsed.success]).toEqual([f, true]);
    }
    // nothing else than outputs and leftover temporary files
    expect(written.filter((f) => !f.endsWith('.json') && !TMP_NAME.test(f))).toEqual([]);
    expect(hashTree(input)).toEqual(before);
  });
});
