import { routeJs } from './bench/browser-js.ts';
const r = routeJs('build', process.argv[2] ?? 'study');
console.log(r.route, r.gzipBytes, r.files);
for (const m of r.modules.slice(0, Number(process.argv[3] ?? 60))) console.log(String(m.gzipBytes).padStart(6), m.module);
