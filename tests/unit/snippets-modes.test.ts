import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ApiRequest } from '../../src/lib/http/request.ts';
import {
	emitSnippet,
	emitSnippets,
	snippetLanguages,
	type SnippetLanguage,
} from '../../src/lib/snippets/index.ts';
import { basic, bearer, secret } from '../runtimes/support/request-fixtures.ts';

const languages = Object.keys(snippetLanguages) as SnippetLanguage[];
const lemlist = (key: string): ApiRequest => {
	const auth = basic('', secret(key, 'LEMLIST_API_KEY'));
	return {
		method: 'GET',
		url: 'https://api.lemlist.com/api/team',
		headers: [auth.header],
		authorization: auth.recipe,
	};
};
const clientSecretPost = (value: string): ApiRequest => ({
	method: 'POST',
	url: 'https://api.example.com/oauth/token',
	headers: [['Content-Type', 'application/x-www-form-urlencoded']],
	body: {
		kind: 'form',
		fields: [
			['grant_type', 'client_credentials'],
			['client_secret', secret(value, 'CLIENT_SECRET')],
		],
	},
});

const reads = {
	curl: '$LEMLIST_API_KEY',
	javascript: 'process.env.LEMLIST_API_KEY',
	python: 'os.environ["LEMLIST_API_KEY"]',
	go: 'os.Getenv("LEMLIST_API_KEY")',
} as const satisfies Record<SnippetLanguage, string>;

describe('environment-variable mode', () => {
	test.each(languages)('is the default, and %s reads the key from its variable', (language) => {
		const result = emitSnippet(lemlist('lem_6f1c2d9a8b7e'), language);
		expect(result.ok && result.code).toContain(reads[language]);
		expect(emitSnippet(lemlist('lem_6f1c2d9a8b7e'), language, { secrets: 'env' })).toEqual(result);
	});

	test('never writes a secret into any snippet, in a header or a form field', () => {
		const key = fc
			.string({ minLength: 1, maxLength: 30 })
			.map((text) => `SECRET-${text.replace(/[\0\r\n]/g, '')}-END`);
		fc.assert(
			fc.property(key, (value) => {
				for (const request of [lemlist(value), clientSecretPost(value)]) {
					const result = emitSnippets(request);
					if (!result.ok || Object.values(result.snippets).some((code) => code.includes('SECRET-')))
						return false;
				}
				return true;
			}),
		);
	});

	test('keeps an Authorization header literal when its recipe holds no secret', () => {
		const auth = bearer('public-demo-token');
		const result = emitSnippets({
			method: 'GET',
			url: 'https://api.example.com/',
			headers: [auth.header],
			authorization: auth.recipe,
		});
		expect(result.ok && result.snippets.curl).toContain(
			"-H 'Authorization: Bearer public-demo-token'",
		);
	});

	test('computes Basic from UTF-8 bytes in every language, never btoa on the string', () => {
		const result = emitSnippets(lemlist('key'));
		if (!result.ok) throw new Error(result.error.message);
		expect(result.snippets.curl).toContain(
			"printf '%s' \":${LEMLIST_API_KEY}\" | base64 | tr -d '\\n'",
		);
		expect(result.snippets.javascript).toContain('new TextEncoder().encode(userPass)');
		expect(result.snippets.javascript).not.toContain('btoa(userPass)');
		expect(result.snippets.python).toContain('base64.b64encode(user_pass.encode("utf-8"))');
		expect(result.snippets.go).toContain('base64.StdEncoding.EncodeToString([]byte(userPass))');
	});

	test('refuses a line break in a variable only where it would land in a header', () => {
		const token = bearer(secret('tok', 'API_KEY'));
		const bearerResult = emitSnippets({
			method: 'GET',
			url: 'https://api.example.com/',
			headers: [token.header],
			authorization: token.recipe,
		});
		expect(bearerResult.ok && bearerResult.snippets.curl).toContain(
			`if [[ -z $API_KEY || $API_KEY == *[$'\\r\\n']* ]]; then`,
		);
		const basicResult = emitSnippets(lemlist('key'));
		expect(basicResult.ok && basicResult.snippets.curl).toContain(
			'if [[ -z $LEMLIST_API_KEY ]]; then',
		);
	});
});

describe('inline mode', () => {
	test.each(languages)(
		'writes the header value into the %s snippet and reads no variable',
		(language) => {
			const result = emitSnippet(lemlist('lem_6f1c2d9a8b7e'), language, { secrets: 'inline' });
			expect(result.ok && result.code).toContain(
				`Basic ${Buffer.from(':lem_6f1c2d9a8b7e').toString('base64')}`,
			);
			expect(result.ok && result.code).not.toMatch(
				/LEMLIST_API_KEY|process\.env|os\.environ|os\.Getenv/,
			);
		},
	);

	test('writes a secret form value as an escaped literal', () => {
		const result = emitSnippets(clientSecretPost("it's $(x)"), { secrets: 'inline' });
		expect(result.ok && result.snippets.curl).toContain(
			"--data-urlencode 'client_secret=it'\\''s $(x)'",
		);
		expect(result.ok && result.snippets.python).toContain('"client_secret": "it\'s $(x)"');
	});
});
