/**
 * Request fixtures for the snippet emitters, built by hand as `ApiRequest`s (header values from
 * the RFCs' own examples or from Node's Buffer, independently of the code under test). Golden
 * files cross every fixture with every language and mode; the runtime tests send every one of
 * them through curl, node, python3 and go against a recording server.
 */
import type {
	ApiRequest,
	AuthorizationRecipe,
	Header,
	Part,
	Secret,
} from '../../../src/lib/http/request.ts';
import { apiKeyFixtures } from './api-key-fixtures.ts';
import { coreFixtures } from './core-fixtures.ts';

/** A secret read from `envVar` in environment-variable mode. */
export function secret(value: string, envVar: string): Secret {
	return { kind: 'secret', value, envVar };
}

const plain = (part: Part) => (typeof part === 'string' ? part : part.value);

/** RFC 6749 Appendix B form-urlencoding, written independently of src/lib. */
export function appendixB(value: string): string {
	return [...Buffer.from(value, 'utf8')]
		.map((byte) =>
			/[A-Za-z0-9]/.test(String.fromCharCode(byte))
				? String.fromCharCode(byte)
				: byte === 0x20
					? '+'
					: `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
		)
		.join('');
}

/** The Authorization header and recipe for Basic credentials (RFC 7617 §2), via Node's Buffer. */
export function basic(
	userId: Part,
	password: Part,
	formEncode = false,
): { readonly header: Header; readonly recipe: AuthorizationRecipe } {
	const encode = formEncode ? appendixB : (text: string) => text;
	const value = Buffer.from(`${encode(plain(userId))}:${encode(plain(password))}`, 'utf8').toString(
		'base64',
	);
	return {
		header: ['Authorization', `Basic ${value}`],
		recipe: { kind: 'basic', userId, password, formEncode },
	};
}

/** The Authorization header and recipe for a Bearer token (RFC 6750 §2.1). */
export function bearer(token: Part): {
	readonly header: Header;
	readonly recipe: AuthorizationRecipe;
} {
	return { header: ['Authorization', `Bearer ${plain(token)}`], recipe: { kind: 'bearer', token } };
}

/** Characters that break careless quoting, with a command that must never run. */
export function hostileText(canary: string): string {
	return `'"$HOME \`touch ${canary}\` $(touch ${canary}) \\ \\' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,`;
}

/** Hostile text plus what only a string literal can hold: line breaks, tab, invisible and non-ASCII characters. */
export function hostileUnicode(canary: string): string {
	return `${hostileText(canary)}\nline\r\n\ttab \u2028 \u2029 \u00a0 \ufeff \u200b \u202e é e\u0301 € £ 🔑 中文`;
}

const form = { kind: 'form' } as const;
const formType: Header = ['Content-Type', 'application/x-www-form-urlencoded'];
const json: Header = ['Accept', 'application/json'];

export interface RequestFixture {
	/** The golden file stem; also a readable name in test titles. */
	readonly name: string;
	readonly request: ApiRequest;
}

function authorized(
	method: ApiRequest['method'],
	url: string,
	headers: readonly Header[],
	auth: ReturnType<typeof basic>,
): ApiRequest {
	return { method, url, headers: [...headers, auth.header], authorization: auth.recipe };
}

/** Every fixture, the auth core's own requests included; `canary` is the file hostile values try to create. */
export function requestFixtures(canary: string): RequestFixture[] {
	return [...handBuiltFixtures(canary), ...coreFixtures(), ...apiKeyFixtures(canary)];
}

/** The fixtures built by hand, independently of the auth core. */
export function handBuiltFixtures(canary: string): RequestFixture[] {
	const longKey = 'k3y-'.repeat(2500);
	const longUnicodeKey = Array.from(
		{ length: 10_000 },
		(_, index) => [...'aü€🔑$\'"\\'][index % 8],
	).join('');
	const token = 'https://api.example.com/oauth/token';
	const appendixBClient = basic('s6BhdRkqt3', secret(' %&+£€', 'CLIENT_SECRET'), true);
	return [
		{
			name: 'basic-rfc7617-aladdin',
			request: {
				method: 'GET',
				url: 'https://api.example.com/v1/users/me',
				headers: [['Authorization', 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==']],
				authorization: {
					kind: 'basic',
					userId: 'Aladdin',
					password: secret('open sesame', 'API_PASSWORD'),
					formEncode: false,
				},
			},
		},
		{
			name: 'basic-rfc7617-utf8',
			request: {
				method: 'GET',
				url: 'https://api.example.com/v1/users/me',
				headers: [['Authorization', 'Basic dGVzdDoxMjPCow==']],
				authorization: {
					kind: 'basic',
					userId: 'test',
					password: secret('123£', 'API_PASSWORD'),
					formEncode: false,
				},
			},
		},
		{
			name: 'basic-empty-username',
			request: authorized(
				'GET',
				'https://api.lemlist.com/api/team',
				[],
				basic('', secret('lem_6f1c2d9a8b7e', 'LEMLIST_API_KEY')),
			),
		},
		{
			name: 'basic-any-username',
			request: authorized(
				'GET',
				'https://app.leadconduit.com/flows',
				[json],
				basic('API', secret('1234567890', 'LEADCONDUIT_API_KEY')),
			),
		},
		{
			name: 'basic-key-as-username',
			request: authorized(
				'GET',
				'https://api.example.com/v1/users/me',
				[json],
				basic(secret('kau_51f0e2', 'API_KEY'), ''),
			),
		},
		{
			name: 'basic-non-ascii',
			request: authorized(
				'GET',
				'https://api.example.com/v1/users/me',
				[],
				basic('Jürgen Ødegård', secret('pässwörd€🔑', 'API_PASSWORD')),
			),
		},
		{
			name: 'basic-hostile',
			request: authorized(
				'GET',
				'https://api.example.com/v1/users/me',
				[json],
				basic(
					hostileUnicode(canary).replaceAll(':', ''),
					secret(hostileUnicode(canary), 'API_PASSWORD'),
				),
			),
		},
		// Found by the property test: interactive bash and zsh expand "!!" after \' inside $'…', and
		// inside "$(… '…')", where single quotes do not stop history expansion.
		{
			name: 'basic-history-expansion',
			request: authorized(
				'GET',
				'https://api.example.com/v1/users/me',
				[],
				basic("it's!!\n", secret("it's!! \\'!!", 'API_PASSWORD')),
			),
		},
		{
			name: 'oauth-history-expansion',
			request: {
				...authorized(
					'POST',
					token,
					[formType, json],
					basic("B'\\''%%€4'!!)5\x7f", secret('s3cret!!', 'CLIENT_SECRET'), true),
				),
				body: { ...form, fields: [['grant_type', 'client_credentials']] },
			},
		},
		{
			name: 'basic-long-key',
			request: authorized(
				'GET',
				'https://api.lemlist.com/api/team',
				[],
				basic('', secret(longUnicodeKey, 'LEMLIST_API_KEY')),
			),
		},
		{
			name: 'bearer',
			request: authorized(
				'GET',
				'https://app.leadterra.co/v1/sender-pools',
				[],
				bearer(secret('sk_live_51HqLyjWDarjtT1zdp7dc', 'LEADTERRA_API_KEY')),
			),
		},
		{
			name: 'bearer-hostile',
			request: authorized(
				'GET',
				'https://api.example.com/v1/users/me',
				[json],
				bearer(secret(hostileText(canary), 'API_KEY')),
			),
		},
		{
			name: 'bearer-long-token',
			request: authorized(
				'GET',
				'https://api.example.com/v1/users/me',
				[],
				bearer(secret(longKey, 'API_KEY')),
			),
		},
		{
			name: 'oauth-client-credentials-basic',
			request: {
				...authorized('POST', token, [formType, json], appendixBClient),
				body: {
					...form,
					fields: [
						['grant_type', 'client_credentials'],
						['scope', 'read write'],
					],
				},
			},
		},
		{
			name: 'oauth-client-credentials-post',
			request: {
				method: 'POST',
				url: token,
				headers: [formType, json],
				body: {
					...form,
					fields: [
						['grant_type', 'client_credentials'],
						['scope', 'read'],
						['client_id', 's6BhdRkqt3'],
						['client_secret', secret(' %&+£€*~', 'CLIENT_SECRET')],
					],
				},
			},
		},
		{
			name: 'oauth-refresh-token-basic',
			request: {
				...authorized('POST', token, [formType, json], appendixBClient),
				body: {
					...form,
					fields: [
						['grant_type', 'refresh_token'],
						['refresh_token', secret('tGzv3JOkF0XG5Qx2TlKWIA', 'REFRESH_TOKEN')],
					],
				},
			},
		},
		{
			name: 'oauth-authorization-code-post',
			request: {
				method: 'POST',
				url: token,
				headers: [formType, json],
				body: {
					...form,
					fields: [
						['grant_type', 'authorization_code'],
						['code', 'SplxlOBeZQQYbYS6WxSbIA'],
						['redirect_uri', 'https://client.example.com/cb?x=1&y=a b'],
						['code_verifier', 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'],
						['client_id', 's6BhdRkqt3'],
						['client_secret', secret(hostileUnicode(canary), 'CLIENT_SECRET')],
					],
				},
			},
		},
		{
			name: 'form-repeated-fields',
			request: {
				method: 'POST',
				url: 'https://api.example.com/v1/search',
				headers: [formType],
				body: {
					...form,
					fields: [
						['tag', 'a'],
						['tag', 'b&c=d'],
						['name with space', hostileText(canary)],
					],
				},
			},
		},
		{
			name: 'json-body-hostile',
			request: {
				method: 'PUT',
				url: 'https://api.example.com/v1/notes/42',
				headers: [['Content-Type', 'application/json'], json],
				body: {
					kind: 'json',
					text: JSON.stringify({
						note: hostileUnicode(canary),
						script: '</script><!--',
						template: '${x} {{y}} %s',
					}),
				},
			},
		},
		{
			name: 'headers-unusual',
			request: {
				method: 'DELETE',
				url: "https://api.example.com/v1/items/a%2fb?q=a%2Fb&list=1,2;3&sym=!$()*@:~&name=Zoë&quote='",
				headers: [
					['X-Empty', ''],
					['x-lower-case', 'kept as written'],
					['constructor', 'an ordinary name'],
					['X-Quote', hostileText(canary)],
					['User-Agent', 'auth-playground/1.0'],
					['accept-encoding', 'identity'],
				],
			},
		},
		{
			name: 'get-no-headers',
			request: { method: 'GET', url: 'https://api.example.com', headers: [] },
		},
		{
			name: 'env-names-like-code',
			request: {
				...authorized(
					'PATCH',
					'https://api.example.com/v1/settings',
					[formType],
					bearer(secret('tok_url', 'URL')),
				),
				body: {
					...form,
					fields: [
						['a', secret('from RESPONSE', 'RESPONSE')],
						['b', secret('from FOR', 'FOR')],
						['c', secret('from ERR', 'ERR')],
					],
				},
			},
		},
	];
}
