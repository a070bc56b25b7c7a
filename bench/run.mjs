#!/usr/bin/env node
// `npm run bench`: builds the site and prints the figures we hold ourselves to.
// Figures only: budgets are read by people (and by later `--check`), never by timed tests.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageJsWeight } from './js-weight.mjs';
import { formatLatency, keystrokeLatency } from './keystroke-latency.mjs';
import { printDiagnoseBench } from './diagnose.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');

const pageTypes = [
	['landing', 'index.html'],
	['guide', 'guides/basic-auth/index.html'],
	['playground', 'playground/index.html'],
	['troubleshooting', 'troubleshooting/index.html'],
	['profile quickstart', 'apis/lemlist/index.html'],
	['error reference', 'reference/errors/index.html'],
];

const started = performance.now();
const build = spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
	console.error('astro build failed; no figures.');
	process.exit(1);
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const rows = pageTypes.map(([type, file]) => ({ type, ...pageJsWeight(dist, join(dist, file)) }));
const everyFile = new Set(rows.flatMap((row) => row.files));
console.log('\nJavaScript shipped per page type (KB)');
console.log('page type            raw     gzip');
for (const row of rows) console.log(`${row.type.padEnd(18)} ${kb(row.raw).padStart(6)}  ${kb(row.gzip).padStart(6)}`);
const total = [...everyFile].reduce(
	(sum, file) => {
		const code = readFileSync(file);
		return { raw: sum.raw + code.length, gzip: sum.gzip + gzipSync(code, { level: 9 }).length };
	},
	{ raw: 0, gzip: 0 },
);
console.log(`${'total (distinct files)'.padEnd(18)} ${kb(total.raw).padStart(6)}  ${kb(total.gzip).padStart(6)}`);
console.log(`\nbuild time: ${buildSeconds.toFixed(1)} s`);
const [baseline, playground] = ['error reference', 'playground'].map((type) => rows.find((row) => row.type === type));
console.log(`our JS on /playground/ beyond Starlight's (error reference page): ${kb(playground.gzip - baseline.gzip)} KB gzip (target ≤ 25 KB)`);
console.log(formatLatency(await keystrokeLatency(dist)));
printDiagnoseBench();
