/**
 * The README's GNU parallel recipe: a sharded JSON Lines file through `parallel --pipe -k`,
 * each shard cleaned by its own `artclean --jsonl`, gives the same lines, in the same order, as
 * one `artclean --jsonl` over the whole file. Where GNU parallel is not installed (.ci/run
 * installs it), the same sharding is done by hand with split(1) so the property is still tested.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BIN, removeTempDirs, runCli, runShell, tempDir } from './helpers/cli.js';
import { htmlDump, textDump } from './helpers/synth.js';

const hasParallel = spawnSync('bash', ['-c', 'command -v parallel'], { encoding: 'utf8' }).status === 0;

afterAll(() => removeTempDirs());

test(`sharded --jsonl run (${hasParallel ? 'GNU parallel' : 'split(1) fallback'}) equals one run, line for line`, () => {
  const dir = tempDir('par');
  const records: string[] = [];
  for (let i = 0; i < 60; i++) {
    if (i % 17 === 5) records.push('{"id": "broken", "text": '); // a bad line keeps its place
    else if (i % 3 === 0) records.push(JSON.stringify({ id: `h${i}`, html: htmlDump(i) }));
    else records.push(JSON.stringify({ id: `t${i}`, text: textDump(i) }));
  }
  const input = path.join(dir, 'records.jsonl');
  writeFileSync(input, records.join('\n') + '\n');

  const whole = runCli(['--jsonl', '-j', '1', '--quiet'], { input: records.join('\n') + '\n' });
  const cmd = hasParallel
    ? `parallel --will-cite --pipe -k -N 7 node ${BIN} --jsonl -j 1 --quiet < ${input}`
    : `cd ${dir} && split -l 7 -d records.jsonl shard- && for f in shard-*; do node ${BIN} --jsonl -j 1 --quiet < $f; done`;
  const sharded = runShell(cmd);

  const lines = whole.stdout.trim().split('\n');
  expect(lines).toHaveLength(records.length);
  expect(lines.filter((l) => l.includes('"error"')).length).toBeGreaterThan(0);
  // A line that has no readable id is named after its line number, which under --pipe counts
  // within the shard: compare those names as "line-N".
  const norm = (out: string): string => out.replace(/"id":"line-\d+"/g, '"id":"line-N"');
  expect(sharded.stdout.split('\n').length).toBe(whole.stdout.split('\n').length);
  expect(norm(sharded.stdout)).toBe(norm(whole.stdout));
}, 180_000);
