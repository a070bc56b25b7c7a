/**
 * Properties of what the OAuth builders put on the wire, for any client id, secret, refresh token
 * or code a person could paste: form bodies are encoded per RFC 6749 Appendix B and decode back to
 * the exact fields, and client_secret_basic (§2.3.1: form-urlencode id and secret, then Basic)
 * decodes back to the exact id and secret, by the core's decoder and by the mock server itself.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	buildTokenRequest,
	decodeBasicHeader,
	formUrlEncode,
	utf8Bytes,
	type OAuthClient,
} from '../../src/lib/auth/index.ts';
import { encodeBody, headerValue, partValue } from '../../src/lib/http/index.ts';
import { formDecode, authenticateClient } from '../../src/lib/mock-api/oauth-client-auth.ts';
import { formFields } from '../../src/lib/mock-api/credentials.ts';
import { recipeHeaderValue } from '../../src/lib/snippets/recipe.ts';
import { loadProfile } from '../support/profiles.ts';
import { testWorld } from '../support/mock-world.ts';

const example = loadProfile('example-api');

// The characters that break encoders: quotes, $, backticks, %, +, &, =, :, space, non-ASCII, astral.
const breaking = [...'"\'`$%+&=:;/?#[]@!*(),~-._ \\^|{}<>', 'é', '£', '€', 'ß', '中', '😀', 'Ω'];
const printable = fc.string({
	unit: fc.oneof(fc.constantFrom(...breaking), fc.constantFrom(...'abcXYZ019')),
	minLength: 1,
	maxLength: 30,
});
// A client id is VSCHAR (RFC 6749 Appendix A.1): printable ASCII, no edge spaces.
const clientId = fc.string({
	unit: fc.constantFrom(...'"\'`$%+&=:;/?#[]@!*(),~-._\\^|{}<>abcXYZ019'),
	minLength: 1,
	maxLength: 20,
});

/** RFC 6749 Appendix B, byte by byte: what each UTF-8 byte of `text` must become. */
function appendixB(text: string): string {
	return Array.from(utf8Bytes(text), (byte) => {
		const char = String.fromCharCode(byte);
		if (/[A-Za-z0-9]/.test(char)) return char;
		return byte === 0x20 ? '+' : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
	}).join('');
}

describe('the form encoding of RFC 6749 Appendix B', () => {
	test('keeps only letters and digits, turns a space into + and every other byte into %XX', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
				expect(formUrlEncode(text)).toBe(appendixB(text));
			}),
			{ numRuns: 2000 },
		);
	});

	test('decodes back to the exact text with the mock server form decoder', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
				expect(formDecode(formUrlEncode(text))).toBe(text);
			}),
			{ numRuns: 2000 },
		);
	});

	test('gives every token request body that decodes to exactly the fields built, secrets included', () => {
		fc.assert(
			fc.property(
				clientId,
				printable,
				printable,
				fc.constantFrom('client_secret_basic', 'client_secret_post', 'none'),
				(id, secret, refreshToken, method) => {
					const result = buildTokenRequest(
						example,
						{ clientId: id, clientSecret: secret, method },
						{ type: 'refresh_token', refreshToken },
					);
					if (!result.ok) return;
					const body = result.request.body!;
					if (body.kind !== 'form') throw new Error('expected a form body');
					expect([...new URLSearchParams(encodeBody(body))]).toEqual(
						body.fields.map(([name, value]) => [name, partValue(value)]),
					);
				},
			),
			{ numRuns: 1500 },
		);
	});
});

describe('client_secret_basic (RFC 6749 §2.3.1)', () => {
	test('decodes back to the exact client id and secret', () => {
		let built = 0;
		fc.assert(
			fc.property(clientId, printable, (id, secret) => {
				const result = buildTokenRequest(
					example,
					{ clientId: id, clientSecret: secret, method: 'client_secret_basic' },
					{ type: 'client_credentials' },
				);
				if (!result.ok) return;
				built++;
				const header = headerValue(result.request.headers, 'authorization')!;
				const decoded = decodeBasicHeader(header);
				if (!decoded.ok) throw new Error(`${header} does not decode`);
				expect([formDecode(decoded.userId), formDecode(decoded.password)]).toEqual([id, secret]);
				// The recipe a snippet rebuilds the header from makes the same bytes.
				expect(recipeHeaderValue(result.request.authorization!)).toBe(header);
			}),
			{ numRuns: 2000 },
		);
		// Most generated values are ones a builder accepts: the property is not vacuous.
		expect(built).toBeGreaterThan(1000);
	});

	test('authenticates at the mock token endpoint as the client registered with that id and secret', () => {
		const { world } = testWorld('example-api');
		fc.assert(
			fc.property(clientId, printable, (id, secret) => {
				const client: OAuthClient = {
					clientId: id,
					clientSecret: secret,
					method: 'client_secret_basic',
				};
				const result = buildTokenRequest(example, client, { type: 'client_credentials' });
				if (!result.ok) return;
				const registered = {
					...world,
					clients: [
						{
							clientId: id,
							clientSecret: secret,
							redirectUris: [],
							grantTypes: ['client_credentials' as const],
						},
					],
				};
				const outcome = authenticateClient(result.request, registered, formFields(result.request));
				expect(outcome.ok && outcome.client.clientId).toBe(id);
			}),
			{ numRuns: 1000 },
		);
	});
});
