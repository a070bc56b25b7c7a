/**
 * `emitRequestSnippets`, the entry the doctor and the playground's tabs use, writes exactly what
 * `emitSnippets` writes for every request that is sent, and refuses to be handed an
 * authorization-URL program (whose writers it does not load, so those pages stay lighter).
 */
import { describe, expect, test } from 'vitest';
import type { ApiRequest } from '../../src/lib/http/request.ts';
import { emitRequestSnippets, emitSnippets } from '../../src/lib/snippets/index.ts';
import { requestFixtures } from '../runtimes/support/request-fixtures.ts';

const fixtures = requestFixtures('c4n4ry');

describe.each(['env', 'inline'] as const)('in %s mode', (secrets) => {
	test.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
		'%s: the request-only entry writes the same four snippets',
		(_, fixture) => {
			const request = fixture.request;
			const full = emitSnippets(request, { secrets });
			expect(full.ok).toBe(true);
			expect(emitRequestSnippets(request, { secrets })).toEqual(full);
		},
	);
});

test('a refused request is refused the same way by both entries', () => {
	const request: ApiRequest = { method: 'GET', url: 'ftp://example.com/', headers: [] };
	const full = emitSnippets(request);
	expect(full.ok).toBe(false);
	expect(emitRequestSnippets(request)).toEqual(full);
});

test('an authorization URL is written by emitSnippets and refused by the request-only entry', () => {
	const request: ApiRequest = {
		method: 'GET',
		url: 'https://auth.example.com/authorize?response_type=code&client_id=abc',
		headers: [],
		program: {
			kind: 'authorization-url',
			codeVerifierEnvVar: 'CODE_VERIFIER',
			stateEnvVar: 'STATE',
		},
	};
	const full = emitSnippets(request);
	expect(full.ok && full.snippets.curl).toContain('openssl rand 32');
	expect(() => emitRequestSnippets(request)).toThrow(/use emitSnippets for an authorization URL/);
});

test.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
	'%s: with no options the request-only entry reads secrets from environment variables',
	(_, fixture) => {
		expect(emitRequestSnippets(fixture.request)).toEqual(
			emitRequestSnippets(fixture.request, { secrets: 'env' }),
		);
	},
);
