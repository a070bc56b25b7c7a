/**
 * fast-check arbitraries for requests the emitters must accept: every Authorization shape the
 * site builds (Basic in three forms, OAuth client_secret_basic with form-urlencoding, Bearer),
 * form bodies with secret fields, and JSON text, filled with characters chosen to break quoting
 * (quotes, `$`, backticks, backslashes, `$(touch …)`, `%`, `&`, `+`, `!`, U+2028…) mixed with
 * any Unicode scalar value. Header values stay visible ASCII, the only kind that can travel.
 */
import fc from 'fast-check';
import type { ApiRequest, FormField, Header } from '../../../src/lib/http/request.ts';
import { basic, bearer, secret } from './request-fixtures.ts';

function pieces(canary: string): string[] {
	return [
		...`'"$\`\\%&+!*~ :=#;|<>(){}[]^,@?/`,
		`$(touch ${canary})`,
		`\`touch ${canary}\``,
		'$HOME',
		'${HOME}',
		'!!',
		'%20',
		'%%',
		"'\\''",
	];
}

const printable = fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code));
const scalar = fc
	.integer({ min: 1, max: 0x10ffff })
	.filter((code) => code < 0xd800 || code > 0xdfff)
	.map((code) => String.fromCodePoint(code));
const special = fc.constantFrom(
	'\n',
	'\r',
	'\r\n',
	'\t',
	'\x01',
	'\x1b',
	'\x7f',
	'\x85',
	'\u00a0',
	'\u00ad',
	'\u200b',
	'\u202e',
	'\u2028',
	'\u2029',
	'\ufeff',
	'é',
	'e\u0301',
	'€',
	'£',
	'🔑',
	'中',
);

/** Any text a form field, JSON body or Basic credential may hold (no NUL, no lone surrogate). */
export function anyText(canary: string, minLength = 0): fc.Arbitrary<string> {
	const char = fc.oneof(
		{ weight: 3, arbitrary: fc.constantFrom(...pieces(canary)) },
		{ weight: 3, arbitrary: printable },
		{ weight: 1, arbitrary: scalar },
		{ weight: 1, arbitrary: special },
	);
	return fc.array(char, { minLength, maxLength: 20 }).map((chars) => chars.join(''));
}

/** Text that can be a header value as it is: visible ASCII, inner spaces, no space at either end. */
export function headerText(canary: string, minLength = 0): fc.Arbitrary<string> {
	const char = fc.oneof(
		{ weight: 1, arbitrary: fc.constantFrom(...pieces(canary)) },
		{ weight: 1, arbitrary: printable },
	);
	return fc
		.array(char, { minLength, maxLength: 20 })
		.map((chars) => chars.join('').replace(/^ +| +$/g, ''))
		.filter((text) => text.length >= minLength);
}

const formType: Header = ['Content-Type', 'application/x-www-form-urlencoded'];
const url = 'https://api.example.com/v1/resource?q=1';

/** One request of any shape the site builds, full of hostile values. */
export function anyRequest(canary: string): fc.Arbitrary<ApiRequest> {
	const text = anyText(canary);
	const secretText = anyText(canary, 1);
	const noColon = (arbitrary: fc.Arbitrary<string>) =>
		arbitrary.map((value) => value.replaceAll(':', ''));
	const note = headerText(canary).map((value): Header => ['X-Note', value]);
	const field = fc.tuple(anyText(canary, 1), text).map(([name, value]): FormField => [name, value]);
	return fc.oneof(
		fc.tuple(headerText(canary, 1), note).map(([token, extra]): ApiRequest => {
			const auth = bearer(secret(token, 'API_KEY'));
			return { method: 'GET', url, headers: [extra, auth.header], authorization: auth.recipe };
		}),
		fc.tuple(noColon(text), secretText).map(([user, password]): ApiRequest => {
			const auth = basic(user, secret(password, 'API_PASSWORD'));
			return { method: 'GET', url, headers: [auth.header], authorization: auth.recipe };
		}),
		fc
			.tuple(
				noColon(secretText).filter((key) => key !== ''),
				text,
			)
			.map(([key, password]): ApiRequest => {
				const auth = basic(secret(key, 'API_KEY'), password);
				return { method: 'DELETE', url, headers: [auth.header], authorization: auth.recipe };
			}),
		fc.tuple(text, secretText, text).map(([clientId, clientSecret, scope]): ApiRequest => {
			const auth = basic(clientId, secret(clientSecret, 'CLIENT_SECRET'), true);
			const body = {
				kind: 'form',
				fields: [
					['grant_type', 'client_credentials'],
					['scope', scope],
				],
			} as const;
			return {
				method: 'POST',
				url,
				headers: [formType, auth.header],
				authorization: auth.recipe,
				body,
			};
		}),
		fc
			.tuple(fc.array(field, { maxLength: 3 }), secretText)
			.map(([fields, clientSecret]): ApiRequest => ({
				method: 'POST',
				url,
				headers: [formType],
				body: {
					kind: 'form',
					fields: [...fields, ['client_secret', secret(clientSecret, 'CLIENT_SECRET')]],
				},
			})),
		fc.tuple(text, note).map(([json, extra]): ApiRequest => ({
			method: 'PATCH',
			url,
			headers: [['Content-Type', 'application/json'], extra],
			body: { kind: 'json', text: json },
		})),
	);
}
