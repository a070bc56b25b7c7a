/** Site paths follow the deploy's base path, however BASE_PATH was written. */
import { describe, expect, test } from 'vitest';
import { normalizeBase, sitePath } from '../../src/lib/site-path.ts';

describe('normalizeBase', () => {
	test.each([
		['', '/'],
		['/', '/'],
		['/docs/auth', '/docs/auth/'],
		['docs/auth/', '/docs/auth/'],
		['//docs/auth//', '/docs/auth/'],
	])('turns %j into %j', (base, expected) => {
		expect(normalizeBase(base)).toBe(expected);
	});
});

describe('sitePath', () => {
	test.each([
		['/', '/guides/basic-auth/#missing-colon', '/guides/basic-auth/#missing-colon'],
		[
			'/docs/auth/',
			'/guides/basic-auth/#missing-colon',
			'/docs/auth/guides/basic-auth/#missing-colon',
		],
		['/docs/auth', '/', '/docs/auth/'],
	])('puts a path under the base %j', (base, path, expected) => {
		expect(sitePath(base, path)).toBe(expected);
	});

	test.each(['guides/', '//evil.example/', 'https://example.org/'])(
		'refuses %j, which is not root-relative',
		(path) => {
			expect(() => sitePath('/docs/', path)).toThrow(/not a root-relative path/);
		},
	);
});
