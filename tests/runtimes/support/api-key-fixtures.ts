/**
 * Requests with an API key in a named header or query parameter (OpenAPI `apiKey`), built by hand
 * (the query written with Node's own URLSearchParams, independently of src/lib) and by the auth
 * core from the Example API profile. The key set is the one the other schemes use: hostile shell
 * text, Unicode with line breaks and invisible characters (a query can carry them, percent-encoded),
 * and a 10,000-character key.
 */
import { buildApiKeyRequest } from '../../../src/lib/auth/index.ts';
import type { ApiRequest, Header, Part } from '../../../src/lib/http/request.ts';
import { loadProfile } from '../../support/profiles.ts';
import { hostileText, hostileUnicode, secret, type RequestFixture } from './request-fixtures.ts';

const plain = (part: Part) => (typeof part === 'string' ? part : part.value);

/** A request with `key` in header `name`, after `headers`. */
export function headerKey(
	url: string,
	name: string,
	key: Part,
	headers: readonly Header[] = [],
): ApiRequest {
	return {
		method: 'GET',
		url,
		headers: [...headers, [name, plain(key)]],
		apiKey: { in: 'header', name, key },
	};
}

/** A request with `key` as the last query parameter `name` of `url`, encoded by URLSearchParams. */
export function queryKey(
	url: string,
	name: string,
	key: Part,
	rest: Omit<ApiRequest, 'url' | 'apiKey'> = { method: 'GET', headers: [] },
): ApiRequest {
	const separator = url.includes('?') ? '&' : '?';
	return {
		...rest,
		url: `${url}${separator}${new URLSearchParams({ [name]: plain(key) })}`,
		apiKey: { in: 'query', name, key },
	};
}

const accept: Header = ['Accept', 'application/json'];

/** Every apiKey fixture; `canary` is the file hostile values try to create. */
export function apiKeyFixtures(canary: string): RequestFixture[] {
	const longKey = Array.from(
		{ length: 10_000 },
		(_, index) => [...'aü€🔑$\'"\\ &=+%#'][index % 13],
	).join('');
	const example = loadProfile('example-api');
	const core = (name: string, result: ReturnType<typeof buildApiKeyRequest>): RequestFixture => {
		if (!result.ok)
			throw new Error(
				`The auth core refused fixture ${name}: ${result.errors.map((error) => error.code).join(', ')}`,
			);
		return { name, request: result.request };
	};
	return [
		{
			name: 'apikey-header',
			request: headerKey(
				'https://api.example.com/v1/users/me',
				'X-API-Key',
				secret('ak_live_4f9c2e7b1d8a', 'API_KEY'),
				[accept],
			),
		},
		{
			name: 'apikey-header-lower-case',
			request: headerKey(
				'https://api.example.com/v1/users/me',
				'api-key',
				secret('4f9c2e7b1d8a', 'API_KEY'),
			),
		},
		{
			name: 'apikey-header-hostile',
			request: headerKey(
				'https://api.example.com/v1/users/me',
				'X-Auth-Token',
				secret(hostileText(canary), 'API_KEY'),
				[accept],
			),
		},
		{
			name: 'apikey-query',
			request: queryKey(
				'https://api.example.com/v1/users/me',
				'api_key',
				secret('ak_4f9c2e7b1d8a', 'API_KEY'),
			),
		},
		{
			name: 'apikey-query-hostile',
			request: queryKey(
				'https://api.example.com/v1/users/me',
				'key',
				secret(hostileUnicode(canary), 'API_KEY'),
			),
		},
		{
			name: 'apikey-query-after-query',
			request: queryKey(
				'https://api.example.com/v1/search?fields=id,name&path=a%2Fb&q=a+b',
				'apikey',
				secret("k*~'()!_-.+ =&", 'API_KEY'),
			),
		},
		{
			name: 'apikey-query-long',
			request: queryKey(
				'https://api.example.com/v1/users/me',
				'api_key',
				secret(longKey, 'API_KEY'),
			),
		},
		{
			name: 'apikey-query-json-body',
			request: queryKey(
				'https://api.example.com/v1/notes',
				'access_key',
				secret('ak/+= ?', 'API_KEY'),
				{
					method: 'POST',
					headers: [['Content-Type', 'application/json'], accept],
					body: { kind: 'json', text: '{"note":"hi"}' },
				},
			),
		},
		core(
			'core-apikey-header',
			buildApiKeyRequest(example, 'ex_live_7Hq2Lm9Rt4Vw8Zb3', { in: 'header', name: 'X-API-Key' }),
		),
		core(
			'core-apikey-query',
			buildApiKeyRequest(example, 'ex_live_7Hq2Lm9Rt4Vw8Zb3', { in: 'query', name: 'api_key' }),
		),
	];
}
