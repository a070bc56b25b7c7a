/** The /llms.txt page index is built from the sidebar and refuses a link with no page behind it. */
import { describe, expect, test } from 'vitest';
import { llmsPageIndex, summaryOf } from '../../scripts/llms-index.mjs';

const site = 'https://auth-playground.dev';

describe('llmsPageIndex', () => {
	const sidebar = [
		{ label: 'Start here', link: '/' },
		{ label: 'Guides', items: [{ label: 'HTTP Basic', link: '/guides/basic-auth/' }] },
		{ label: 'APIs', items: [{ label: 'lemlist', link: '/apis/lemlist/' }] },
	];

	test('lists top-level links under Pages and each group under its label, with absolute URLs', () => {
		const index = llmsPageIndex(sidebar, site);
		expect(index.split('\n').filter((line) => line.startsWith('## '))).toEqual([
			'## Pages',
			'## Guides',
			'## APIs',
		]);
		expect(index).toContain(
			`- [HTTP Basic](${site}/guides/basic-auth/): How the Basic scheme of RFC 7617`,
		);
		expect(index).toContain(`- [lemlist](${site}/apis/lemlist/): A sales-engagement API`);
	});

	test.each([
		[
			'https://docs.example.org/docs/auth/',
			'https://docs.example.org/docs/auth/guides/basic-auth/',
		],
		['https://docs.example.org/docs/auth', 'https://docs.example.org/docs/auth/guides/basic-auth/'],
	])('puts every link under the base path of the root %s', (root, expected) => {
		expect(llmsPageIndex(sidebar, root)).toContain(`- [HTTP Basic](${expected}): `);
	});

	test('fails the build for a sidebar link that has no page', () => {
		expect(() => llmsPageIndex([{ label: 'Gone', link: '/guides/gone/' }], site)).toThrow(
			/no page exists for it/,
		);
	});

	test('fails the build for a group item without a link', () => {
		expect(() => llmsPageIndex([{ label: 'G', items: [{ label: 'Nothing' }] }], site)).toThrow(
			/has no link/,
		);
	});
});

test.each([
	['/', /^Learn API authentication/],
	['/reference/errors/', /^Every error/],
	['/apis/leadconduit/', /^ActiveProspect/],
])('summaryOf(%s) is the page description or profile summary', (link, expected) => {
	expect(summaryOf(link)).toMatch(expected);
});
