import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dereference } from '@readme/openapi-parser';
import { sample } from 'openapi-sampler';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildProfileRequest } from '../../src/lib/auth/index.ts';
import { createWorld, handle } from '../../src/lib/mock-api/index.ts';
import { parseProfile } from '../../src/lib/profiles/index.ts';
import { profileFromOpenApi } from '../../src/lib/profiles/openapi/from-openapi.ts';
import { pointerAtLine } from '../../src/lib/profiles/openapi/locate.ts';
import { seededRandom, testClock } from '../support/mock-world.ts';

// The importer, run as people run it (npm run profile -- --from-openapi) over real published
// documents that no one here wrote: the @readme/oas-examples documents with every security scheme
// type, and Figma's own document from its npm package. Each output is compared with a golden
// profile checked in under tests/openapi/golden/ (UPDATE_GOLDEN=1 rewrites them; review the diff).
const root = join(import.meta.dirname, '..', '..');
const goldenDir = join(root, 'tests', 'openapi', 'golden');
const badDir = join(root, 'tests', 'openapi', 'bad');
const update = process.env.UPDATE_GOLDEN === '1';
const resolvePackage = createRequire(import.meta.url).resolve;
const packageFile = (name: string, path: string) =>
	join(resolvePackage(`${name}/package.json`).replace(/package\.json$/, ''), path);
const outDir = mkdtempSync(join(tmpdir(), 'profile-import-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function importer(file: string, id: string) {
	const run = spawnSync(
		process.execPath,
		[join(root, 'scripts', 'profile.ts'), '--from-openapi', file, '--id', id, '--out', outDir],
		{ cwd: root, encoding: 'utf8' },
	);
	const target = join(outDir, `${id}.yaml`);
	return {
		status: run.status,
		stdout: run.stdout,
		stderr: run.stderr,
		written: existsSync(target) ? readFileSync(target, 'utf8') : undefined,
	};
}

const documents = [
	[
		'security-3-0',
		packageFile('@readme/oas-examples', '3.0/json/security.json'),
		{ scheme: 'apiKey', in: 'query', name: 'apiKey' },
	],
	[
		'security-3-1',
		packageFile('@readme/oas-examples', '3.1/json/security.json'),
		{ scheme: 'apiKey', in: 'query', name: 'apiKey' },
	],
	[
		'train-travel',
		packageFile('@readme/oas-examples', '3.1/json/train-travel.json'),
		{ scheme: 'bearer' },
	],
	[
		'figma',
		packageFile('@figma/rest-api-spec', 'openapi/openapi.yaml'),
		{ scheme: 'apiKey', in: 'header', name: 'X-Figma-Token' },
	],
] as const;

describe.each(documents)('npm run profile -- --from-openapi for %s', (id, file, auth) => {
	const run = importer(file, id);
	const golden = join(goldenDir, `${id}.yaml`);
	if (update && run.written) writeFileSync(golden, run.written);

	test('writes the golden profile and exits 0', () => {
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.written).toBe(readFileSync(golden, 'utf8'));
	});

	test('writes a profile the site accepts, with the scheme the document names', () => {
		const profile = parseProfile(parse(run.written ?? ''), `${id}.yaml`);
		expect(profile.auth).toMatchObject(auth);
		expect(profile.assumptions[0]).toMatch(
			/^Made with npm run profile -- --from-openapi from the npm package @/,
		);
	});

	test('writes a profile whose example key gets 200 from the simulator and whose keyless request gets 401', async () => {
		const profile = parseProfile(parse(run.written ?? ''), `${id}.yaml`);
		const world = createWorld(profile, { clock: testClock().read, random: seededRandom() });
		const built = buildProfileRequest(profile, { key: profile.exampleKey });
		if (!built.ok) throw new Error(built.errors[0]?.code);
		expect((await handle(built.request, world)).response.status).toBe(200);
		const keyless = {
			method: 'GET' as const,
			url: `${profile.baseUrl}${profile.sampleEndpoint.path}`,
			headers: [],
		};
		expect((await handle(keyless, world)).response).toMatchObject({
			status: 401,
			errorCode: 'missing-api-key',
		});
	});
});

test('the golden folder holds exactly the documents imported here', () => {
	expect(readdirSync(goldenDir).sort()).toEqual(documents.map(([id]) => `${id}.yaml`).sort());
});

describe('a document that cannot become a profile', () => {
	test.each([
		[
			'invalid YAML',
			join(badDir, 'invalid-yaml.yaml'),
			/^tests\/openapi\/bad\/invalid-yaml\.yaml:4:1: the document does not parse as YAML or JSON/,
		],
		[
			'a dangling $ref',
			join(badDir, 'dangling-ref.yaml'),
			/^tests\/openapi\/bad\/dangling-ref\.yaml#\/paths\/~1things\/get\/responses\/200: the OpenAPI parser rejects the document: Missing \$ref pointer "#\/components\/responses\/Things"/,
		],
		[
			'no servers',
			join(badDir, 'no-servers.yaml'),
			/^tests\/openapi\/bad\/no-servers\.yaml#\/servers: The document names no server/,
		],
		[
			'only a cookie key',
			join(badDir, 'cookie-only.yaml'),
			/^tests\/openapi\/bad\/cookie-only\.yaml#\/components\/securitySchemes\/session: No security scheme the site can show \(session: a key in a cookie/,
		],
		[
			'an http server (Swagger 2.0 petstore)',
			packageFile('@readme/oas-examples', '2.0/json/petstore.json'),
			/petstore\.json#\/host: The first server, http:\/\/petstore\.swagger\.io\/v2, is not an absolute https:\/\/ URL/,
		],
		[
			'a schema error (Blockfrost, 3.0 declaring type: null)',
			packageFile('@blockfrost/openapi', 'openapi.yaml'),
			/openapi\.yaml#\/paths\/~1governance~1dreps\/get\/responses\/200\/content\/application~1json\/schema\/.*\/type: the OpenAPI parser rejects the document: ENUM/,
		],
	])(
		'gets one message naming the document and where, exit 1, and no file: %s',
		(_name, file, message) => {
			const run = importer(file.startsWith(root) ? file.slice(root.length + 1) : file, 'rejected');
			expect(run.stderr).toMatch(message);
			expect(run.stderr).toMatch(/ Nothing was written\.\n$/);
			expect(run.stderr.trim().split('\n')).toHaveLength(1);
			expect(run.status).toBe(1);
			expect(run.written).toBeUndefined();
		},
	);

	test('is not overwritten without --force', () => {
		const first = importer(documents[0][1], 'twice');
		const second = importer(documents[0][1], 'twice');
		expect([first.status, second.status]).toEqual([0, 1]);
		expect(second.stderr).toMatch(/twice\.yaml exists; pass --force/);
	});
});

describe('profileFromOpenApi', () => {
	test('reads Swagger 2.0: host and basePath, securityDefinitions, an accessCode OAuth flow', async () => {
		const doc = (await dereference(
			packageFile('@readme/oas-examples', '2.0/json/petstore.json'),
		)) as unknown as Record<string, unknown>;
		const https = {
			...doc,
			schemes: ['https'],
			securityDefinitions: {
				...(doc['securityDefinitions'] as object),
				petstore_auth: {
					type: 'oauth2',
					flow: 'accessCode',
					authorizationUrl: 'https://petstore.swagger.io/oauth/authorize',
					tokenUrl: 'https://petstore.swagger.io/oauth/token',
					scopes: { 'read:pets': 'read your pets' },
				},
			},
		};
		const result = profileFromOpenApi(https, {
			id: 'petstore',
			source: 'petstore.json',
			sample: (schema) => sample(schema as Parameters<typeof sample>[0]),
		});
		if (!result.ok) throw new Error(result.problem.message);
		expect(result.profile).toMatchObject({
			baseUrl: 'https://petstore.swagger.io/v2',
			auth: { scheme: 'apiKey', in: 'header', name: 'api_key' },
			oauth: {
				authorizationEndpoint: 'https://petstore.swagger.io/oauth/authorize',
				tokenEndpoint: 'https://petstore.swagger.io/oauth/token',
				scopes: [{ name: 'read:pets', description: 'read your pets' }],
			},
		});
		expect(() => parseProfile(result.profile, 'petstore.yaml')).not.toThrow();
	});

	test.each([
		[{ a: [1, { b: 2 }] }, 1, ''],
		[{ a: [1, { b: 2 }] }, 2, '/a'],
		[{ a: [1, { b: 2 }] }, 3, '/a/0'],
		[{ a: [1, { b: 2 }] }, 4, '/a/1'],
		[{ a: [1, { b: 2 }] }, 5, '/a/1/b'],
		[{ 'x/y': {}, z: 'q' }, 3, '/z'],
	])('finds the value on a line of JSON.stringify(%j, null, 2)', (doc, line, expected) => {
		expect(JSON.stringify(doc, null, 2).split('\n').length).toBeGreaterThanOrEqual(line);
		expect(pointerAtLine(doc, line)).toBe(expected);
	});
});
