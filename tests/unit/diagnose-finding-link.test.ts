/** A finding's link points at /troubleshooting/ under whatever base path the site is deployed at. */
import { expect, test } from 'vitest';
import { findingLink, parseFindingFragment } from '../../src/lib/diagnose/index.ts';

test.each([
	[
		'https://auth-playground.dev',
		'https://auth-playground.dev/troubleshooting/#missing-colon&api=lemlist',
	],
	[
		'https://auth-playground.dev/',
		'https://auth-playground.dev/troubleshooting/#missing-colon&api=lemlist',
	],
	[
		'https://docs.example.org/docs/auth/',
		'https://docs.example.org/docs/auth/troubleshooting/#missing-colon&api=lemlist',
	],
])('links a finding on the site rooted at %s', (root, expected) => {
	const link = findingLink(root, 'missing-colon', { api: 'lemlist' });
	expect(link).toBe(expected);
	expect(parseFindingFragment(new URL(link).hash)).toEqual({
		code: 'missing-colon',
		api: 'lemlist',
	});
});
