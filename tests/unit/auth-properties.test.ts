import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	authIssueCodeList,
	buildProfileRequest,
	buildTokenRequest,
	decodeBasicHeader,
	encodeBasic,
	formUrlEncode,
	isB64token,
	parseBearerHeader,
	parseScope,
	validateBasic,
	validateBearerToken,
	validateCodeVerifier,
	validateRedirectUri,
	type AuthIssue,
	type BasicCredentials,
} from '../../src/lib/auth/index.ts';
import { loadProfiles } from '../support/profiles.ts';

const profiles = [...loadProfiles().values()];

// Characters that break things, mixed into ordinary text so generated values look like pastes.
const hostile = [
	...':"\'`“”‘’ \t\r\n\0\x1b\x7f\u200b\u200d\u00a0\u00ad\ufeff\u2060é£€😀=+/-._~$\\%&,;',
	'\ud800',
	'\udc00',
	'e\u0301',
];
const pasted = fc.oneof(
	fc.string({ maxLength: 24 }),
	fc.string({ unit: 'binary', maxLength: 24 }),
	fc.string({
		unit: fc.oneof(fc.constantFrom(...hostile), fc.constantFrom(...'abcXYZ019_')),
		maxLength: 24,
	}),
);
const b64ish = fc.string({
	unit: fc.oneof(fc.constantFrom(...'AZaz09-._~+/='), fc.constantFrom(...hostile)),
	maxLength: 24,
});

const credentials: fc.Arbitrary<BasicCredentials> = fc.oneof(
	fc.record({ variant: fc.constant('user-password' as const), username: pasted, password: pasted }),
	fc.record({ variant: fc.constant('empty-username' as const), key: pasted }),
	fc.record({ variant: fc.constant('any-username' as const), username: pasted, key: pasted }),
	fc.record({ variant: fc.constant('key-as-username' as const), key: pasted }),
);

/** Every refusal names a known code (whose fix the content holds), a position inside the value and a message. */
function wellFormed(issues: readonly AuthIssue[], lengthOf: (issue: AuthIssue) => number): boolean {
	return issues.every(
		(issue) =>
			authIssueCodeList.includes(issue.code) &&
			Number.isInteger(issue.position) &&
			issue.position >= 0 &&
			issue.position + issue.length <= lengthOf(issue) &&
			issue.message.length > 0,
	);
}

function fieldLength(credentials: BasicCredentials): (issue: AuthIssue) => number {
	return (issue) => {
		if (issue.field === 'username' && 'username' in credentials) return credentials.username.length;
		if (issue.field === 'password' && 'password' in credentials) return credentials.password.length;
		if (issue.field === 'password') return 0;
		return 'key' in credentials ? credentials.key.length : -1;
	};
}

const headerSafe = /^[\x20-\x7e]*$/;

describe('Basic properties', () => {
	test('decodes back to the NFC text of any credentials the validator accepts', () => {
		// Only accepted credentials have a header to decode; fc.pre skips the rest without counting
		// them as runs, and the count below proves that every run reached the assertions.
		let accepted = 0;
		fc.assert(
			fc.property(credentials, (input) => {
				const encoded = encodeBasic(input);
				fc.pre(encoded.ok);
				accepted++;
				const decoded = decodeBasicHeader(encoded.steps.headerValue);
				expect(decoded).toMatchObject({
					ok: true,
					userId: encoded.steps.userId,
					password: encoded.steps.password,
				});
				const [userId, password] =
					input.variant === 'user-password'
						? [input.username, input.password]
						: input.variant === 'key-as-username'
							? [input.key, '']
							: [input.variant === 'any-username' ? input.username : '', input.key];
				expect([encoded.steps.userId, encoded.steps.password]).toEqual([
					userId.normalize('NFC'),
					password.normalize('NFC'),
				]);
			}),
			{ numRuns: 2000 },
		);
		expect(accepted).toBe(2000);
	});

	test('never throws and gives every refusal a code and a position in the field', () => {
		fc.assert(
			fc.property(credentials, (input) => {
				const issues = validateBasic(input);
				expect(wellFormed(issues, fieldLength(input))).toBe(true);
				const encoded = encodeBasic(input);
				expect(encoded.ok).toBe(issues.every((issue) => issue.severity === 'warning'));
			}),
			{ numRuns: 2000 },
		);
	});

	test('decodes any header value without throwing, with positions inside it', () => {
		const header = fc.oneof(
			pasted,
			pasted.map((text) => `Basic ${text}`),
			b64ish.map((text) => `Basic ${text}`),
		);
		fc.assert(
			fc.property(header, (value) => {
				const decoded = decodeBasicHeader(value);
				if (!decoded.ok)
					expect(decoded.errors.length > 0 && wellFormed(decoded.errors, () => value.length)).toBe(
						true,
					);
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('Bearer properties', () => {
	test('refuses a token exactly when it is not a b64token, always with a code and position', () => {
		fc.assert(
			fc.property(fc.oneof(pasted, b64ish), (token) => {
				const issues = validateBearerToken(token);
				const errors = issues.filter((issue) => issue.severity === 'error');
				expect(errors.length > 0).toBe(!isB64token(token));
				expect(wellFormed(issues, () => token.length)).toBe(true);
			}),
			{ numRuns: 3000 },
		);
	});

	test('reads back any token it accepts from its header', () => {
		fc.assert(
			fc.property(b64ish, (token) => {
				fc.pre(isB64token(token));
				expect(parseBearerHeader(`Bearer ${token}`)).toMatchObject({ ok: true, token });
			}),
		);
	});
});

describe('built requests', () => {
	test('never carry a header value with CR, LF, NUL or another character outside printable ASCII', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...profiles),
				pasted,
				fc.option(pasted, { nil: undefined }),
				(profile, key, username) => {
					const result = buildProfileRequest(
						profile,
						username === undefined ? { key } : { key, username },
					);
					if (!result.ok) {
						expect(result.errors.length).toBeGreaterThan(0);
						return;
					}
					for (const [name, value] of result.request.headers) {
						expect(name).toMatch(/^[A-Za-z-]+$/);
						expect(value).toMatch(headerSafe);
					}
				},
			),
			{ numRuns: 2000 },
		);
	});

	test('never carry an unsafe header in a token request, whatever the client credentials', () => {
		const example = profiles.find((profile) => profile.oauth)!;
		fc.assert(
			fc.property(
				pasted,
				pasted,
				fc.constantFrom('client_secret_basic', 'client_secret_post'),
				(clientId, clientSecret, method) => {
					const result = buildTokenRequest(
						example,
						{ clientId, clientSecret, method },
						{ type: 'client_credentials' },
					);
					if (result.ok)
						for (const [, value] of result.request.headers) expect(value).toMatch(headerSafe);
				},
			),
			{ numRuns: 1000 },
		);
	});

	test('never quote a secret of 9 or more characters whole in a message', () => {
		const secretText = fc.string({
			unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_'),
			minLength: 9,
			maxLength: 30,
		});
		fc.assert(
			fc.property(
				fc.constantFrom(...profiles),
				secretText,
				fc.constantFrom(...hostile),
				fc.nat(),
				(profile, text, bad, at) => {
					const key = text.slice(0, at % text.length) + bad + text.slice(at % text.length);
					const result = buildProfileRequest(profile, { key });
					const issues = result.ok ? result.warnings : [...result.errors, ...result.warnings];
					for (const issue of issues)
						for (let i = 0; i + 9 <= key.length; i++)
							expect(issue.message).not.toContain(key.slice(i, i + 9));
				},
			),
			{ numRuns: 1000 },
		);
	});
});

describe('OAuth properties', () => {
	test('form-urlencodes any text into letters, digits, % and + that decode back', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary', maxLength: 40 }).filter((text) => text.isWellFormed()),
				(text) => {
					const encoded = formUrlEncode(text);
					expect(encoded).toMatch(/^[A-Za-z0-9%+]*$/);
					expect(decodeURIComponent(encoded.replace(/\+/g, ' '))).toBe(text);
				},
			),
		);
	});

	test('validate redirect URIs, scopes and verifiers without throwing', () => {
		fc.assert(
			fc.property(
				fc.oneof(pasted, fc.webUrl({ withFragments: true, withQueryParameters: true })),
				(value) => {
					expect(wellFormed(validateRedirectUri(value), () => value.length)).toBe(true);
					expect(wellFormed(parseScope(value).issues, () => value.length)).toBe(true);
					expect(wellFormed(validateCodeVerifier(value), () => value.length)).toBe(true);
				},
			),
			{ numRuns: 1000 },
		);
	});
});
