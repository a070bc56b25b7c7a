/**
 * The authorization request of the code grant, built by the auth core for the Example API (a
 * confidential web app and a public single-page app). Its snippets send nothing: they generate a
 * verifier and a state and print the URL, so they are golden-tested here and run end to end by
 * the OAuth grant runtime test, not by the byte-exact delivery tests.
 */
import { authorizationApiRequest, buildAuthorizationUrl } from '../../../src/lib/auth/index.ts';
import { loadProfile } from '../../support/profiles.ts';
import type { RequestFixture } from './request-fixtures.ts';

/** Bytes 0, 1, 2, … so the example state and challenge are the same on every run. */
const counting = (n: number) => Uint8Array.from({ length: n }, (_, index) => index);

/** The authorization URL requests, by name. */
export async function authorizationUrlFixtures(): Promise<RequestFixture[]> {
	const example = loadProfile('example-api');
	const fixtures: RequestFixture[] = [];
	for (const [name, clientId, redirectUri] of [
		['core-oauth-authorization-url', 'example-api-web-app', 'https://app.example.com/callback'],
		['core-oauth-authorization-url-public', 'example-api-spa', 'http://127.0.0.1:8976/callback'],
	] as const) {
		const built = await buildAuthorizationUrl(example, {
			clientId,
			redirectUri,
			scopes: ['read', 'write'],
			random: counting,
			now: () => 0,
		});
		if (!built.ok)
			throw new Error(`${name}: ${built.errors.map((error) => error.code).join(', ')}`);
		fixtures.push({ name, request: authorizationApiRequest(built) });
	}
	return fixtures;
}
