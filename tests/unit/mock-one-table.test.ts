/**
 * One source for every answer: the response texts the simulator sends live in the code table
 * (src/lib/mock-api/error-codes.ts) and in the profiles' own bytes (src/content/profiles/), and
 * nowhere else in src/. The OAuth server, the resource server and every page take them from
 * there, through the one response builder (src/lib/mock-api/respond.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { errorCodes } from '../../src/lib/mock-api/index.ts';
import { loadProfiles } from '../support/profiles.ts';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
	.filter((name) => /\.(ts|astro|mdx?|ya?ml|json)$/.test(name))
	.map((name) => ({
		path: relative(root, join(src, name)).replaceAll('\\', '/'),
		text: readFileSync(join(src, name), 'utf8'),
	}));

const table = 'src/lib/mock-api/error-codes.ts';
/** The response builder and the challenge builder it calls: the only writers of answer texts. */
const builders = [
	'src/lib/mock-api/respond.ts',
	'src/lib/mock-api/challenge.ts',
	// The OpenAPI importer writes a profile file, where a body is authored once, as by hand.
	'src/lib/profiles/openapi/from-openapi.ts',
];
const isProfile = (path: string) => path.startsWith('src/content/profiles/');

/** Where a text occurs in src/ outside the files allowed to hold it. */
function elsewhere(text: string, allowed: (path: string) => boolean): string[] {
	return files
		.filter((file) => !allowed(file.path) && file.text.includes(text))
		.map((file) => file.path);
}

const profiles = [...loadProfiles().values()];
const bodies = profiles.flatMap((profile) => [
	...Object.entries(profile.errors).map(([code, error]) => ({
		where: `${profile.id} ${code}`,
		file: `src/content/profiles/${profile.id}.yaml`,
		body: error.body,
	})),
	{
		where: `${profile.id} 200`,
		file: `src/content/profiles/${profile.id}.yaml`,
		body: profile.sampleEndpoint.responseBody,
	},
]);

test.each(bodies)("the $where body is written only in the profile's file", ({ file, body }) => {
	expect(elsewhere(body, (path) => path === file)).toEqual([]);
});

const titles = Object.entries(errorCodes).map(([code, entry]) => ({ code, title: entry.title }));

test.each(titles)(
	'the $code text that goes on the wire is written only in the table',
	({ title }) => {
		expect(elsewhere(title, (path) => path === table || isProfile(path))).toEqual([]);
	},
);

test.each([
	[
		'an error_description written into a body or a redirect',
		/error_description['"]?\s*[:,]|\berror_description=/,
	],
	['a JSON error body put together by hand', /JSON\.stringify\(\{\s*error:/],
	[
		'a redirect with an error put together by hand',
		/searchParams\.(?:append|set)\(\s*['"]error['"]/,
	],
])('no file but the response builder writes %s', (_what, pattern) => {
	const writers = files
		.filter(
			(file) =>
				!builders.includes(file.path) && /\.(ts|astro)$/.test(file.path) && pattern.test(file.text),
		)
		.map((file) => file.path);
	expect(writers).toEqual([]);
});

test('the texts the OAuth server and the key manager used to write by hand are gone', () => {
	for (const drifted of [
		'The API key was revoked',
		'The API key is not recognised',
		'The user denied the request"',
	])
		expect(elsewhere(drifted, () => false)).toEqual([]);
});
