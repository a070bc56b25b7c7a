// Builds a site and records where each client chunk's bytes come from, so "our JS" is measured
// by origin (modules under the site's `src/`) rather than guessed from file names.
//
// Run as a child process (`node bench/build-site.mjs <root> <origins.json> [cacheDir]`) so its wall time is a
// full build's, start-up included, like `astro build`. The recorder is a read-only Vite plugin: it
// sees every client chunk before Astro inlines the small ones into pages, and changes no output.
import { spawn } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';

/** The module's file path without Vite's `\0` marker and `?query`. */
function modulePath(id) {
	return id.replace(/^\0/, '').replace(/\?.*$/, '');
}

/** A Vite plugin collecting `{ file, code, ourShare }` for each client chunk into `chunks`. */
function originRecorder(root, chunks) {
	const ourSource = join(root, 'src') + sep;
	return {
		name: 'bench-origin-recorder',
		// Before Astro's script plugin, which removes the chunks it inlines into pages.
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.name === 'client',
		generateBundle(_options, bundle) {
			for (const output of Object.values(bundle)) {
				if (output.type !== 'chunk') continue;
				let ours = 0;
				let total = 0;
				for (const [id, { renderedLength }] of Object.entries(output.modules)) {
					total += renderedLength;
					if (modulePath(id).startsWith(ourSource)) ours += renderedLength;
				}
				// Shares are of the pre-minification length, the only per-module size Rollup reports.
				chunks.push({
					file: output.fileName,
					code: output.code.trim(),
					ourShare: total === 0 ? 0 : ours / total,
				});
			}
		},
	};
}

/**
 * CPU seconds this process and its finished children (Pagefind) used: on a shared machine, wall time
 * also measures the neighbours, CPU time much less. Linux's /proc/self/stat counts children (fields
 * 14–17, in clock ticks of 1/100 s); elsewhere only this process is counted.
 */
function cpuSeconds() {
	try {
		const fields = readFileSync('/proc/self/stat', 'utf8')
			.replace(/^.*\) /, '')
			.split(' ');
		// After the command name, field 14 (utime) is at index 11.
		return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
	} catch {
		const { user, system } = process.cpuUsage();
		return (user + system) / 1e6;
	}
}

/** Builds the site at `root` in this process and writes the chunk origins to `originsFile`. */
async function buildHere(root, originsFile, cacheDir) {
	const { build } = await import('astro');
	const chunks = [];
	const cache = cacheDir ? { cacheDir } : {};
	const resolve = { preserveSymlinks: lstatSync(join(root, 'node_modules')).isSymbolicLink() };
	await build({
		root,
		...cache,
		logLevel: 'error',
		vite: { resolve, plugins: [originRecorder(root, chunks)] },
	});
	writeFileSync(originsFile, JSON.stringify({ chunks, cpuSeconds: cpuSeconds() }));
}

/**
 * Builds the site at `root` in a child process: `{ seconds, cpuSeconds, chunks }`, or throws with its stderr.
 * `cacheDir` moves Astro's cache (default `node_modules/.astro`) for copies sharing node_modules.
 */
export async function buildSite(root, cacheDir) {
	const scratch = mkdtempSync(join(tmpdir(), 'bench-origins-'));
	const originsFile = join(scratch, 'origins.json');
	const started = performance.now();
	// The copy of this file inside `root` runs, so `astro` and Starlight resolve from the site's own
	// node_modules. When that is a symlink (scale.mjs), Node and Vite must keep the link's path:
	// Astro treats an absolute module path outside the root as root-relative and loses its styles.
	const linked = lstatSync(join(root, 'node_modules')).isSymbolicLink();
	const nodeFlags = linked ? ['--preserve-symlinks', '--preserve-symlinks-main'] : [];
	const script = join(root, 'bench', 'build-site.mjs');
	const args = [...nodeFlags, script, root, originsFile, ...(cacheDir ? [cacheDir] : [])];
	const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr.on('data', (data) => (stderr += data));
	const status = await new Promise((resolve) => child.on('close', resolve));
	const seconds = (performance.now() - started) / 1000;
	try {
		if (status !== 0) throw new Error(`astro build failed in ${root}:\n${stderr}`);
		return { seconds, ...JSON.parse(readFileSync(originsFile, 'utf8')) };
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

if (process.argv[1] === import.meta.filename) {
	const [root, originsFile, cacheDir] = process.argv.slice(2);
	if (!root || !originsFile)
		throw new Error('usage: node bench/build-site.mjs <root> <origins.json> [cacheDir]');
	await buildHere(root, originsFile, cacheDir);
}
