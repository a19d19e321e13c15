// `npm run bench`: clean build times, first-visit page weight, JS before interaction, search and site size.
// It reports and never fails on slow figures; tests assert behaviour. Runs: BENCH_RUNS (default 5).
// `npm run bench -- --peer <project>` (or BENCH_PEER) builds a second Astro project alternately with this one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { envCount } from './lib.ts';
import { launch, serve } from './measure/browser.ts';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { measureBuild, measurePair } from './measure/build-medians.ts';
import { commit, machine } from './measure/machine.ts';
import { weighPage } from './measure/page-weight.ts';
import { report, type BenchResults } from './measure/report.ts';
import { measureSearch } from './measure/search-latency.ts';
import { folderSize, isIndexData, moduleSize } from './measure/sizes.ts';
import { measureStudy, studyTable } from './measure/study.ts';
import { aptAdds, timeEngines } from './measure/engines.ts';

const root = process.cwd();
const runs = envCount(process.env.BENCH_RUNS, 5);
const queries: [string, string] = [process.env.BENCH_QUERY ?? '营商环境', process.env.BENCH_WARM_QUERY ?? '科技创新'];
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

const { values: args } = parseArgs({ options: { peer: { type: 'string' } } });
const peerRoot = args.peer ?? process.env.BENCH_PEER;

const loadAtStart = machine('').load;
const peer = peerRoot
  ? measurePair(root, resolve(peerRoot), runs, (i) =>
      log(`clean builds, pair ${i} of ${runs} (this project and ${peerRoot})`),
    )
  : undefined;
const build = peer?.self ?? measureBuild(root, runs, (i) => log(`clean build ${i} of ${runs}`));
const site = await serve(root);
const browser = await launch();
try {
  const pages = [];
  for (const path of ['/', '/part-2/', '/full/']) {
    log(`first visit to ${path}`);
    pages.push(await weighPage(browser, site.origin, path));
  }
  log('search');
  const search = {
    ui: await measureSearch(browser, site.origin, { via: 'ui', from: '/part-2/', queries, runs }),
    engine: await measureSearch(browser, site.origin, { via: 'pagefind-api', from: '/part-2/', queries, runs }),
  };
  log('study tools');
  const study = await measureStudy(browser, site.origin, join(root, 'dist'), runs);
  // The engines tier runs its own browsers: with BENCH_ENGINES=0 it is left out.
  log('the three-engine tier (tests/engines/), one run');
  const engines = process.env.BENCH_ENGINES === '0' ? undefined : { ...timeEngines(root), apt: aptAdds() };
  const results: BenchResults = {
    date: new Date().toISOString(),
    commit: commit(root),
    machine: { ...machine(browser.version()), load: loadAtStart },
    runs,
    build,
    peer,
    pages,
    search,
    study,
    engines,
    sizes: {
      site: folderSize(join(root, 'dist')),
      pagefind: folderSize(join(root, 'dist', 'pagefind')),
      index: folderSize(join(root, 'dist', 'pagefind'), isIndexData),
      readAloud: moduleSize(join(root, 'dist', '_astro'), 'read-aloud'),
    },
  };
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(report(results));
  console.log('\nJSON: bench-results/latest.json');
} finally {
  await browser.close();
  await site.close();
}
