import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { missingOptionalPackages } from '../../scripts/check-lockfile.mjs';

type Lock = { packages: Record<string, { optionalDependencies?: Record<string, string> }> };
const committed = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;

describe('the lockfile portability check', () => {
	test('finds every platform package of the committed lockfile', () => {
		expect(missingOptionalPackages(committed)).toEqual([]);
	});

	test.each(['@astrojs/compiler-binding-darwin-arm64', '@pagefind/windows-x64'])(
		'names %s when a doctored copy lacks it',
		(name) => {
			const doctored = structuredClone(committed);
			expect(doctored.packages).toHaveProperty([`node_modules/${name}`]);
			delete doctored.packages[`node_modules/${name}`];
			const missing = missingOptionalPackages(doctored);
			expect(missing).toHaveLength(1);
			expect(missing[0]).toMatch(new RegExp(`-> ${name.replace('/', '\\/')}$`));
		},
	);

	test('accepts an optional package nested under its owner or hoisted to any ancestor', () => {
		const lock: Lock = {
			packages: {
				'': { optionalDependencies: { root: '1' } },
				'node_modules/root': {},
				'node_modules/a': { optionalDependencies: { nested: '1', hoisted: '1' } },
				'node_modules/a/node_modules/nested': {},
				'node_modules/hoisted': {},
				'node_modules/a/node_modules/b': { optionalDependencies: { hoisted: '1', gone: '1' } },
			},
		};
		expect(missingOptionalPackages(lock)).toEqual(['node_modules/a/node_modules/b -> gone']);
	});

	test('does not look for an optional package in a sibling folder', () => {
		const lock: Lock = {
			packages: {
				'node_modules/a': { optionalDependencies: { x: '1' } },
				'node_modules/b/node_modules/x': {},
			},
		};
		expect(missingOptionalPackages(lock)).toEqual(['node_modules/a -> x']);
	});
});
