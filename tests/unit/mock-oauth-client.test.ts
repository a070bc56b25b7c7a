// Client authentication at the token endpoint (RFC 6749 §2.3), one way of failing at a time: each
// request below differs from one that succeeds in a single respect, and the explanation beside the
// response names that respect. The client credentials grant is used because it needs no code.
import { describe, expect, test } from 'vitest';
import { handle, type World } from '../../src/lib/mock-api/index.ts';
import { formDecode } from '../../src/lib/mock-api/oauth-client-auth.ts';
import type { ApiRequest, FormField, Header } from '../../src/lib/http/index.ts';
import { basic, field, testWorld } from '../support/mock-world.ts';

const web = { id: 'example-api-web-app', secret: 'demo_secret_Hn4Qw8Zr2Tk6Vm9Pb3Lx' };
const spa = 'example-api-spa';
const grant: FormField = ['grant_type', 'client_credentials'];

function post(world: World, fields: FormField[], headers: Header[] = []): ApiRequest {
	return {
		method: 'POST',
		url: world.profile.oauth!.tokenEndpoint,
		headers: [['Content-Type', 'application/x-www-form-urlencoded'], ...headers],
		body: { kind: 'form', fields: [grant, ...fields] },
	};
}

/** The Example API accepting only `methods` of client authentication. */
function acceptingOnly(methods: ('client_secret_basic' | 'client_secret_post' | 'none')[]): World {
	const { world } = testWorld('example-api');
	return {
		...world,
		profile: {
			...world.profile,
			oauth: { ...world.profile.oauth!, clientAuthMethods: methods },
		},
	};
}

describe('a client at the token endpoint', () => {
	test.each([
		['its secret in Basic', [], [['Authorization', basic(`${web.id}:${web.secret}`)]]],
		[
			'its secret in the form',
			[
				['client_id', web.id],
				['client_secret', web.secret],
			],
			[],
		],
		[
			'its secret in Basic and its own client_id in the form',
			[['client_id', web.id]],
			[['Authorization', basic(`${web.id}:${web.secret}`)]],
		],
	] as [string, FormField[], Header[]][])('is let in with %s', async (_name, fields, headers) => {
		const { world } = testWorld('example-api');
		const { response } = await handle(post(world, fields, headers), world);
		expect(response.status).toBe(200);
	});

	test.each([
		[
			'two Authorization headers',
			[],
			[
				['Authorization', basic(`${web.id}:${web.secret}`)],
				['Authorization', basic(`${web.id}:${web.secret}`)],
			],
			'token-request-invalid',
			'The request has more than one Authorization header',
		],
		[
			'a Basic header that does not decode',
			[],
			[['Authorization', 'Basic %%%']],
			'invalid-client',
			'The Authorization header is not Basic client_id:client_secret',
		],
		[
			'Basic credentials that are Latin-1, not UTF-8',
			[],
			[
				[
					'Authorization',
					`Basic ${Buffer.from(`${web.id}:s\xe9cret`, 'latin1').toString('base64')}`,
				],
			],
			'invalid-client',
			'The Authorization header is not Basic client_id:client_secret',
		],
		[
			'a client_id that is not form-urlencoded correctly',
			[],
			[['Authorization', basic(`${web.id}%ZZ:${web.secret}`)]],
			'invalid-client',
			'The client credentials are not form-urlencoded correctly',
		],
		[
			'a secret that is not form-urlencoded correctly',
			[],
			[['Authorization', basic(`${web.id}:${web.secret}%`)]],
			'invalid-client',
			'The client credentials are not form-urlencoded correctly',
		],
		[
			'another client_id in the form than in Basic',
			[['client_id', spa]],
			[['Authorization', basic(`${web.id}:${web.secret}`)]],
			'invalid-client',
			'The client_id field differs from the authenticated client',
		],
		['no client at all', [], [], 'invalid-client', 'No client authentication and no client_id'],
		[
			'an unknown client_id in the form',
			[
				['client_id', 'nobody'],
				['client_secret', web.secret],
			],
			[],
			'invalid-client',
			'Unknown client_id',
		],
		[
			'a confidential client without its secret',
			[['client_id', web.id]],
			[],
			'invalid-client',
			'This client must authenticate with its client_secret',
		],
		[
			'a public client sending a secret',
			[
				['client_id', spa],
				['client_secret', 'anything'],
			],
			[],
			'invalid-client',
			'A public client has no secret to send',
		],
		[
			'a wrong secret of the same length',
			[
				['client_id', web.id],
				['client_secret', `${web.secret.slice(0, -1)}y`],
			],
			[],
			'invalid-client',
			'The client_secret is wrong',
		],
		[
			'the secret with one character more',
			[
				['client_id', web.id],
				['client_secret', `${web.secret}x`],
			],
			[],
			'invalid-client',
			'The client_secret is wrong',
		],
		[
			'the secret with one character less',
			[
				['client_id', web.id],
				['client_secret', web.secret.slice(0, -1)],
			],
			[],
			'invalid-client',
			'The client_secret is wrong',
		],
		[
			'an empty secret',
			[
				['client_id', web.id],
				['client_secret', ''],
			],
			[],
			'invalid-client',
			'The client_secret is wrong',
		],
	] as [string, FormField[], Header[], string, string][])(
		'is refused for %s',
		async (_name, fields, headers, code, explanation) => {
			const { world } = testWorld('example-api');
			const { response } = await handle(post(world, fields, headers), world);
			expect([response.errorCode, response.explanation]).toEqual([code, explanation]);
		},
	);

	test('that is public names itself and is then judged by its grant types', async () => {
		const { world } = testWorld('example-api');
		const { response } = await handle(post(world, [['client_id', spa]]), world);
		expect(response.errorCode).toBe('unauthorized-client');
	});

	test.each([
		[['client_secret_post'], 'Basic', 'This server does not accept client_secret_basic'],
		[['client_secret_basic'], 'form', 'This server does not accept client_secret_post'],
	] as const)(
		'is refused where the server accepts only %j and it uses %s',
		async (methods, how, explanation) => {
			const world = acceptingOnly([...methods]);
			const request =
				how === 'Basic'
					? post(world, [], [['Authorization', basic(`${web.id}:${web.secret}`)]])
					: post(world, [
							['client_id', web.id],
							['client_secret', web.secret],
						]);
			const { response } = await handle(request, world);
			expect([response.status, response.errorCode, response.explanation]).toEqual([
				401,
				'invalid-client',
				explanation,
			]);
			expect(field(response.headers, 'WWW-Authenticate')).toBe(
				'Basic realm="api.example.com", charset="UTF-8"',
			);
		},
	);
});

describe('form decoding of client credentials (RFC 6749 §2.3.1)', () => {
	test.each([
		['a+b', 'a b'],
		['a%2Bb', 'a+b'],
		['%C3%A9+%3A', 'é :'],
		['++', '  '],
		['%E9', null],
		['%', null],
	])('decodes %j as %j', (value, decoded) => {
		expect(formDecode(value)).toBe(decoded);
	});
});
