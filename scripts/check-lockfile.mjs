#!/usr/bin/env node
// Proves package-lock.json is portable: every optional dependency a locked package declares (the
// native builds for macOS, Windows, ARM, WASI…) is itself in the lockfile. npm only writes the
// entries for the platforms it was told about, and a lockfile made on one Linux machine lacks the
// others, so `npm ci` on a reader's Mac cannot install the binding Astro needs. Hand-written: npm
// has no command that reports this (npm ls only looks at the current platform's node_modules).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * @param {string} from
 * @param {string} name
 * Where Node would look for `name` from the package at `from` (a lockfile key such as
 * `node_modules/a/node_modules/b`): its own node_modules, then each ancestor's, then the root's.
 */
function candidates(from, name) {
	const found = [];
	let dir = from;
	for (;;) {
		found.push(`${dir ? `${dir}/` : ''}node_modules/${name}`);
		if (!dir) return found;
		const cut = dir.lastIndexOf('/node_modules/');
		dir = cut === -1 ? '' : dir.slice(0, cut);
	}
}

/**
 * Each optional dependency that no lockfile entry can satisfy, as `owner -> name`.
 * @param {{ packages?: Record<string, { optionalDependencies?: Record<string, string> }> }} lock
 * @returns {string[]}
 */
export function missingOptionalPackages(lock) {
	const packages = lock.packages ?? {};
	const missing = [];
	for (const [key, entry] of Object.entries(packages)) {
		for (const name of Object.keys(entry.optionalDependencies ?? {})) {
			if (!candidates(key, name).some((path) => path in packages)) {
				missing.push(`${key || '(root)'} -> ${name}`);
			}
		}
	}
	return missing;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const file = process.argv[2] ?? 'package-lock.json';
	const missing = missingOptionalPackages(JSON.parse(readFileSync(file, 'utf8')));
	if (missing.length > 0) {
		console.error(
			`${file} lacks ${missing.length} optional package(s) other platforms need:\n` +
				missing.map((line) => `  ${line}`).join('\n') +
				'\nRun `npm install` and commit the lockfile it writes.',
		);
		process.exit(1);
	}
	console.log(`${file}: every optional package of every platform is locked.`);
}
