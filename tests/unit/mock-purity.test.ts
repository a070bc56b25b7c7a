import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handle } from '../../src/lib/mock-api/index.ts';
import { authorizationFor, sampleRequest, seededRandom, testWorld } from '../support/mock-world.ts';

const dir = join(import.meta.dirname, '..', '..', 'src', 'lib', 'mock-api');
const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' })
	.filter((name) => name.endsWith('.ts'))
	.map((name) => [name, readFileSync(join(dir, name), 'utf8')] as const);

describe('the mock API source', () => {
	test.each([
		['the real clock', /Date\.now\(|new Date\(\)|performance\.now\(/],
		['the real random source', /Math\.random\(|getRandomValues\(|randomUUID\(/],
		[
			'the DOM or Astro',
			/\b(?:document|window|localStorage|sessionStorage)\.|from 'astro|import\.meta\.env/,
		],
		['Node built-ins', /from 'node:/],
		['the console', /console\./],
	])('never reaches for %s: it is injected through the world', (_what, pattern) => {
		const offenders = sources
			.filter(([, text]) => pattern.test(text.replace(/^\s*(?:\/\/|\*|\/\*\*).*$/gm, '')))
			.map(([name]) => name);
		expect(offenders).toEqual([]);
	});
});

describe('handle', () => {
	test('gives the same answer and the same next world for the same request and world', async () => {
		for (const id of ['lemlist', 'example-api']) {
			const { world } = testWorld(id);
			const request = sampleRequest(world, [
				['Authorization', authorizationFor(world, world.profile.exampleKey)],
			]);
			const first = await handle(request, world);
			const second = await handle(request, world);
			expect(second.response).toEqual(first.response);
			expect(JSON.stringify([...second.world.rate])).toBe(JSON.stringify([...first.world.rate]));
			expect(second.world.keys).toEqual(first.world.keys);
		}
	});

	test('issues the same authorization code from the same random source, and different ones from different sources', async () => {
		const params = new URLSearchParams({
			response_type: 'code',
			client_id: 'example-api-web-app',
			redirect_uri: 'https://app.example.com/callback',
			scope: 'read',
			code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
			code_challenge_method: 'S256',
		});
		const codeWith = async (seed: number) => {
			const { world } = testWorld('example-api', { random: seededRandom(seed) });
			const { response } = await handle(
				{
					method: 'GET',
					url: `${world.profile.oauth!.authorizationEndpoint}?${params}`,
					headers: [],
				},
				world,
			);
			return new URL(response.headers.find(([name]) => name === 'Location')![1]).searchParams.get(
				'code',
			);
		};
		expect(await codeWith(7)).toBe(await codeWith(7));
		expect(await codeWith(7)).not.toBe(await codeWith(8));
	});
});
