import { readdirSync, readFileSync } from 'node:fs';
import { cleanDocument } from '/work/main/dist/pipeline.js';
import { DEFAULT_OPTIONS } from '/work/main/dist/options.js';
import { builtinRules } from '/work/main/dist/rules/index.js';
import { load } from 'cheerio/slim';
for (const d of ['html','text-innertext','text-lynx']) {
  const dir = '/work/shared/corpus/dev/' + d;
  const bufs = readdirSync(dir).map(f => readFileSync(dir + '/' + f));
  let t = performance.now(); for (const b of bufs) cleanDocument({id:'x',path:null,url:null,bytes:b}, DEFAULT_OPTIONS, builtinRules());
  console.log(d, 'clean', performance.now() - t);
  if (d==='html') { t = performance.now(); for (const b of bufs) load(b.toString('utf8')); console.log('parse', performance.now()-t); }
}
