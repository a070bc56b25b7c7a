import { describe, expect, test } from 'vitest';
import { diagnose } from '../../src/lib/diagnose/index.ts';
import type { Profile } from '../../src/lib/profiles/index.ts';
import { loadProfile } from '../support/profiles.ts';

// The doctor and APIs that take a key in a named header or query parameter (OpenAPI apiKey).
const figma = loadProfile('figma');
const queryApi: Profile = {
	...figma,
	name: 'Query API',
	auth: { scheme: 'apiKey', in: 'query', name: 'api_key' },
};
const codes = (paste: string, profile?: Profile) =>
	diagnose(paste, profile ? { profile } : {}).findings.map((finding) => [
		finding.code,
		finding.severity,
	]);
const messages = (paste: string, profile?: Profile) =>
	diagnose(paste, profile ? { profile } : {})
		.findings.map((finding) => finding.message)
		.join(' ');

describe('the header doctor', () => {
	test.each([
		["Figma's own header, right", 'X-Figma-Token: figd_abc123XYZ', figma, []],
		['a pasted X-API-Key header, no API chosen', 'X-API-Key: abc123XYZ', undefined, []],
		[
			'a quoted key in X-API-Key, no API chosen',
			'X-API-Key: "abc123XYZ"',
			undefined,
			[['quoted-value', 'error']],
		],
		[
			"a quoted key in Figma's header",
			'X-Figma-Token: "figd_abc123XYZ"',
			figma,
			[['quoted-value', 'error']],
		],
		[
			'punctuation a header carries but a Bearer token cannot',
			'X-Figma-Token: figd_a$b!c:d,e@f',
			figma,
			[],
		],
		[
			'a space inside the key',
			'X-Figma-Token: figd_abc 123XYZ',
			figma,
			[['invalid-token-character', 'error']],
		],
		['a letter beyond ASCII', 'X-API-Key: abcé123', undefined, [['non-ascii-token', 'error']]],
		[
			'a placeholder from the documentation',
			'X-Figma-Token: <your-token>',
			figma,
			[['placeholder-not-replaced', 'error']],
		],
		['an empty key header', 'X-API-Key:', undefined, [['empty-credentials', 'error']]],
		[
			'Authorization sent to Figma',
			'Authorization: Bearer figd_abc123',
			figma,
			[['wrong-header-name', 'error']],
		],
	])('reads %s', (_name, paste, profile, expected) => {
		expect(codes(paste, profile)).toEqual(expected);
	});

	test.each([
		['X-Figma-Token: "figd_abc123XYZ"', figma, 'Double quotes surround the key'],
		[
			'X-Figma-Token: figd_abc 123XYZ',
			figma,
			'something was copied along with it into X-Figma-Token',
		],
		['X-API-Key: abcé123', undefined, 'X-API-Key cannot carry it the same way in every client'],
		['X-API-Key:', undefined, 'The X-API-Key header has no value at all'],
	])('explains %s in words of its own header, not a Bearer token', (paste, profile, words) => {
		const text = messages(paste, profile);
		expect(text).toContain(words);
		expect(text).not.toMatch(/Bearer|Authorization/);
	});

	test('flags a key in the URL where the API expects a header, and names the header', () => {
		expect(codes("curl 'https://api.figma.com/v1/me?api_key=abc123'", figma)).toEqual([
			['token-in-query', 'warning'],
		]);
		expect(messages("curl 'https://api.figma.com/v1/me?api_key=abc123'", figma)).toContain(
			'reads its key from the X-Figma-Token header, not from the query',
		);
	});

	test('explains a key in the URL where the API really takes it there', () => {
		const text = messages("curl 'https://api.example.com/v1/users/me?api_key=abc123'", queryApi);
		expect(text).toContain('is where Query API takes its key, so the request is right');
		expect(text).toContain('logs');
		expect(text).not.toContain('abc123');
	});
});
