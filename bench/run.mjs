#!/usr/bin/env node
// `npm run bench`: builds the site, measures it, prints the tables and writes bench/results.json.
// Each measurement lives in its own module; this file only orders them and reports.
//   --check            exit non-zero when a budget is over (never otherwise)
//   --skip-lighthouse  leave out Lighthouse (about 4 minutes on 2 cores)
//   --skip-scale       leave out the builds with the real profiles, 100 and 200 (a few minutes)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../tests/e2e/support/browser.ts';
import { buildSite } from './build-site.mjs';
import { evaluateBudgets } from './budgets.mjs';
import { figure, optionalMeasure } from './hooks.mjs';
import { originIndex } from './js-weight.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { everyPageWeight, pageTypes } from './page-types.mjs';
import { startPreview } from './preview-server.mjs';
import { budgetTable, everyPageTable, pageTable, scaleTable } from './report.mjs';
import { dirSize, scale } from './scale.mjs';
import { printDiagnoseBench } from './diagnose.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const flags = new Set(process.argv.slice(2));
const progress = (text) => console.error(`bench: ${text}`);
// Other work on the machine slows every figure here; the load average says how busy it was.
const loadAverageAtStart = loadavg()[0];
// Interrupted (Ctrl-C, a timeout): exit normally so the preview server and Chromium are stopped.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

/** What the figures were measured on. */
function machine() {
	const cpu =
		/^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
	const chromium = execFileSync(chromiumLaunchOptions.executablePath, ['--version'], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
	}).trim();
	const lighthouse = JSON.parse(
		readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8'),
	).version;
	return {
		cores: availableParallelism(),
		cpu,
		node: process.version,
		chromium,
		lighthouse,
		loadAverageAtStart,
	};
}

/** Lighthouse medians and the hooks that need a served site, with the preview stopped afterwards. */
async function measureServed(types) {
	const { baseURL, stop } = await startPreview(root);
	try {
		const context = { root, dist, baseURL, launchOptions: chromiumLaunchOptions };
		const keystroke = await optionalMeasure('keystroke-latency', context);
		const core = await optionalMeasure('core-size', context);
		const after = await optionalMeasure('after-interaction', context);
		const untouched = await optionalMeasure('untouched-load', context);
		const paths = [...new Set(types.flatMap((entry) => (entry.path ? [entry.path] : [])))];
		if (!flags.has('--skip-lighthouse'))
			progress(`Lighthouse, 3 runs on each of ${paths.length} pages…`);
		const lighthouse = flags.has('--skip-lighthouse')
			? {}
			: await lighthouseScores(baseURL, paths, 3);
		return { keystroke, core, after, untouched, lighthouse };
	} finally {
		stop();
	}
}

progress('building the site…');
const build = await buildSite(root);
const pages = everyPageWeight(dist, originIndex(root, build.chunks));
const types = pageTypes(pages).map(({ type, page }) => ({
	type,
	path: page?.path,
	island: page?.island,
	raw: page?.raw,
	gzip: page?.gzip,
	ours: page?.ours,
}));
const served = await measureServed(types);
for (const entry of types)
	entry.lighthouse = entry.path ? served.lighthouse[entry.path] : undefined;
if (!flags.has('--skip-scale')) progress('scale: building copies with the real APIs, 100 and 200…');
const scaled = flags.has('--skip-scale') ? undefined : await scale(root);

const results = {
	date: new Date().toISOString(),
	machine: machine(),
	build: { seconds: build.seconds, cpuSeconds: build.cpuSeconds, dist: dirSize(dist) },
	pageTypes: types,
	pages: pages.map(({ path, type, island, raw, gzip, ours }) => ({
		path,
		type,
		island,
		raw,
		gzip,
		ours,
	})),
	afterInteraction: served.after?.result,
	untouchedLoad: served.untouched?.result,
	core: served.core?.result && { ...served.core.result, gzip: figure(served.core.result, /gz/i) },
	// The budget is about the time our code takes per key: `update` when the module separates it.
	keystroke: served.keystroke?.result && {
		...served.keystroke.result,
		p50: figure(served.keystroke.result.update ?? served.keystroke.result, /p50/i),
		p95: figure(served.keystroke.result.update ?? served.keystroke.result, /p95/i),
	},
	scale: scaled,
};
const budgets = evaluateBudgets(results);
writeFileSync(
	join(import.meta.dirname, 'results.json'),
	`${JSON.stringify({ ...results, budgets }, null, '\t')}\n`,
);

const { cores, cpu, node, chromium, lighthouse } = results.machine;
console.log(
	`\n${results.date.slice(0, 10)}: ${cores} cores (${cpu}), load average ${loadAverageAtStart.toFixed(1)} at start, Node ${node}, ${chromium}, Lighthouse ${lighthouse}`,
);
console.log(
	`Build: ${build.seconds.toFixed(1)} s wall, ${build.cpuSeconds.toFixed(1)} s CPU; dist ${(results.build.dist.bytes / 1024 / 1024).toFixed(2)} MB in ${results.build.dist.files} files.\n`,
);
console.log(`${everyPageTable(results.pages)}\n`);
console.log(`${pageTable(types)}\n`);
console.log(`${budgetTable(budgets)}\n`);
if (scaled) console.log(`${scaleTable(scaled)}\n`);
for (const [name, hook] of [
	['core-size', served.core],
	['keystroke-latency', served.keystroke],
	['after-interaction', served.after],
	['untouched-load', served.untouched],
]) {
	if (hook === undefined)
		console.log(`bench/${name}.mjs is not there yet: its budget is not measured.`);
	else if (hook.error !== undefined) console.log(`bench/${name}.mjs failed: ${hook.error}`);
	else if (hook.line !== undefined) console.log(hook.line);
}
printDiagnoseBench();
const over = budgets.filter((line) => line.status === 'over');
console.log(
	over.length === 0
		? 'Every measured budget is met.'
		: `${over.length} budget(s) over: ${over.map((line) => line.name).join('; ')}.`,
);
if (flags.has('--check') && over.length > 0) process.exit(1);
