import { build } from 'astro';
import { rmSync } from 'node:fs';
for (const p of ['dist','.astro','node_modules/.astro','node_modules/.vite']) rmSync(p,{recursive:true,force:true});
const t0 = performance.now();
const now = () => String(Math.round(performance.now()-t0)).padStart(5);
const wrapper = { name: 'wrap', hooks: { 'astro:config:setup': ({ config }) => {
  console.log(now(), 'config:setup (wrap first)');
  for (const i of config.integrations) for (const [h, fn] of Object.entries(i.hooks)) {
    i.hooks[h] = async (...a) => { const s = performance.now(); try { return await fn(...a); } finally { const d = performance.now()-s; if (d > 3) console.log(now(), i.name, h, Math.round(d)); } };
  }
}}};
await build({ root: process.cwd(), logLevel: 'warn', integrations: [wrapper] });
console.log(now(), 'end');
