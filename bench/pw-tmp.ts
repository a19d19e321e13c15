import { launch, serve } from './measure/browser.ts';
import { weighPage } from './measure/page-weight.ts';
const site = await serve(process.cwd());
const browser = await launch();
for (const path of ['/part-2/', '/map/']) {
  const p = await weighPage(browser, site.origin, path);
  console.log(path, 'total', p.total.gzip, 'text', p.textGzip, (p.total.gzip / p.textGzip).toFixed(3), 'html', p.html.gzip, 'css', p.css.gzip, 'js', p.js.gzip, 'other', p.other.gzip, p.requests);
  for (const f of p.files) console.log('  ', f.url, f.kind, f.raw, f.gzip);
}
await browser.close(); await site.close?.();
process.exit(0);
