// Scale: does the site grow linearly with the number of APIs? Builds throw-away copies of the
// repository (node_modules symlinked, nothing else shared): one with the real profiles, then ones
// with 100 and 200 (the real ones plus copies of them under new ids and names), all cold, and
// compares build time and dist size. Every copy is built the same way so the ratios are fair.
// The target (issue 17): with 200 APIs the size each API adds stays constant and the build stays
// under a minute on two cores. `node bench/scale.mjs [count…]` runs this step alone.
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildSite } from './build-site.mjs';

const skipped = new Set([
	'node_modules',
	'dist',
	'.git',
	'.astro',
	'test-results',
	'playwright-report',
]);

/** Total bytes and file count under `dir`. */
export function dirSize(dir) {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		files += 1;
	}
	return { bytes, files };
}

/** A copy of the repository at `root` in a new temp dir, sharing only node_modules (by symlink). */
function copySite(root) {
	const copy = mkdtempSync(join(tmpdir(), 'bench-scale-'));
	cpSync(root, copy, {
		recursive: true,
		filter: (source) => !skipped.has(relative(root, source).split('/')[0] ?? ''),
	});
	symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
	return copy;
}

/** Adds derived profiles to the copy at `copy` until it has `count`: new id, name and env var. */
function addProfiles(copy, count) {
	const dir = join(copy, 'src', 'content', 'profiles');
	const originals = readdirSync(dir)
		.filter((file) => file.endsWith('.yaml'))
		.sort();
	for (let n = originals.length; n < count; n += 1) {
		const base = parse(readFileSync(join(dir, originals[n % originals.length]), 'utf8'));
		const suffix = n + 1;
		const profile = {
			...base,
			id: `${base.id}-${suffix}`,
			name: `${base.name} ${suffix}`,
			envVar: `${base.envVar}_${suffix}`,
		};
		writeFileSync(join(dir, `${profile.id}.yaml`), stringify(profile));
	}
	return readdirSync(dir).filter((file) => file.endsWith('.yaml')).length;
}

/** Builds a copy with `count` profiles: `{ profiles, seconds, cpuSeconds, bytes, files, pages }`. */
async function buildCopy(root, count) {
	const copy = copySite(root);
	try {
		const profiles = addProfiles(copy, count);
		const { seconds, cpuSeconds } = await buildSite(copy, join(copy, '.bench-cache'));
		const dist = join(copy, 'dist');
		const pages = readdirSync(dist, { recursive: true }).filter((file) =>
			String(file).endsWith('.html'),
		).length;
		return { profiles, seconds, cpuSeconds, ...dirSize(dist), pages };
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
}

/** The counts of APIs the step builds by default: the real profiles (0 adds none), 100 and 200. */
export const defaultCounts = [0, 100, 200];

/**
 * Builds a copy per count in `counts` (ascending) and how each figure grows. Linearity compares the
 * cost of each added profile from the middle build to the last with the cost from the first to the
 * middle: 1 is linear, above 1 means every profile makes the others' pages heavier (as when each
 * page's sidebar listed every API).
 */
export async function scale(root, counts = defaultCounts) {
	const builds = [];
	for (const count of counts) builds.push(await buildCopy(root, count));
	const small = builds[0];
	const middle = builds[Math.floor(builds.length / 2)];
	const large = builds.at(-1);
	const perProfile = (from, to, key) => (to[key] - from[key]) / (to.profiles - from.profiles);
	return {
		builds,
		growth: {
			profiles: large.profiles / small.profiles,
			// Time in CPU seconds: wall time on a shared machine moves with the neighbours' load.
			cpuSeconds: large.cpuSeconds / small.cpuSeconds,
			bytes: large.bytes / small.bytes,
			cpuSecondsPerProfile: perProfile(small, large, 'cpuSeconds'),
			bytesPerProfile: perProfile(small, large, 'bytes'),
			bytesLinearity: perProfile(middle, large, 'bytes') / perProfile(small, middle, 'bytes'),
			cpuSecondsLinearity:
				perProfile(middle, large, 'cpuSeconds') / perProfile(small, middle, 'cpuSeconds'),
		},
	};
}

if (process.argv[1] === import.meta.filename) {
	const { scaleTable } = await import('./report.mjs');
	const counts = process.argv.slice(2).map(Number);
	const result = await scale(
		join(import.meta.dirname, '..'),
		counts.length > 0 ? counts : undefined,
	);
	console.log(scaleTable(result));
}
