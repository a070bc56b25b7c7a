/**
 * Every OAuth grant, run the way a developer runs the site's snippets: each request of the grant is
 * built by the auth core, emitted by the four snippet emitters (secrets from environment
 * variables), and executed by its real runtime (bash and zsh for cURL, node, python3, go) against
 * `npm run mock-api` started as a real process in test mode. The harness only carries what one
 * step printed into the next step's environment, and plays the person: it opens the printed
 * authorization URL (the mock's consent approves) or approves the device's user code at the test
 * server's approval endpoint. Each grant ends with the API call made with the token obtained.
 * A second run sends hostile client secrets and refresh tokens to a recording server and checks
 * the form bodies and Basic headers byte for byte. Go programs are built once, in one `go build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	authorizationApiRequest,
	buildAccessTokenRequest,
	buildAuthorizationUrl,
	buildDeviceAuthorizationRequest,
	buildTokenRequest,
	cryptoRandomBytes,
	type OAuthClient,
} from '../../src/lib/auth/index.ts';
import type { ApiRequest } from '../../src/lib/http/request.ts';
import { loopbackRedirectUri } from '../../src/lib/mock-api/index.ts';
import { localUrl } from '../../src/lib/mock-api/wire.ts';
import { emitSnippets, type SecretMode } from '../../src/lib/snippets/index.ts';
import { loadProfile } from '../support/profiles.ts';
import {
	languageOf,
	receivedFor,
	retarget,
	snippetCase,
	type CaseRequest,
} from './support/cases.ts';
import { deliveryProblems } from './support/delivery.ts';
import { startMockApi, type MockApiProcess } from './support/mock-api-process.ts';
import { startRecordingServer, type RecordingServer } from './support/recording-server.ts';
import {
	childEnv,
	exec,
	parsePrinted,
	runSnippets,
	type CaseOutput,
	type Runtime,
} from './support/run-snippet.ts';

const hasZsh = spawnSync('zsh', ['--version']).status === 0;
const runtimes: readonly Runtime[] = hasZsh
	? ['bash', 'zsh', 'node', 'python', 'go']
	: ['bash', 'node', 'python', 'go'];
const grants = [
	'authorization code (confidential, client_secret_basic)',
	'authorization code (public, PKCE only)',
	'refresh token (rotation, reuse detected)',
	'client credentials (client_secret_post)',
	'device authorization',
] as const;
type Grant = (typeof grants)[number];

const example = loadProfile('example-api');
const secret = 'demo_secret_Hn4Qw8Zr2Tk6Vm9Pb3Lx';
const webApp: OAuthClient = {
	clientId: 'example-api-web-app',
	clientSecret: secret,
	method: 'client_secret_basic',
};
const spa: OAuthClient = { clientId: 'example-api-spa', clientSecret: '', method: 'none' };
const device: OAuthClient = { clientId: 'example-api-device', clientSecret: '', method: 'none' };
// In environment mode the code does not contain these: each step reads the real values from the environment.
const placeholder = 'placeholder-value-read-from-the-environment';

function built(
	result: { ok: true; request: ApiRequest } | { ok: false; errors: readonly { code: string }[] },
): ApiRequest {
	if (!result.ok) throw new Error(result.errors.map((error) => error.code).join(', '));
	return result.request;
}

/** Every request of every grant, by step name, aimed at the local server. */
async function stepRequests(origin: string): Promise<Record<string, ApiRequest>> {
	const authorize = async (client: OAuthClient) => {
		const url = await buildAuthorizationUrl(example, {
			clientId: client.clientId,
			redirectUri: loopbackRedirectUri,
			scopes: ['read'],
			random: cryptoRandomBytes,
			now: Date.now,
		});
		if (!url.ok) throw new Error(url.errors.map((error) => error.code).join(', '));
		return authorizationApiRequest(url);
	};
	const code = {
		type: 'authorization_code',
		code: placeholder,
		redirectUri: loopbackRedirectUri,
		codeVerifier: placeholder,
	} as const;
	const requests: Record<string, ApiRequest> = {
		authorizeWeb: await authorize(webApp),
		authorizeSpa: await authorize(spa),
		exchangeWeb: built(buildTokenRequest(example, webApp, code)),
		exchangeSpa: built(buildTokenRequest(example, spa, code)),
		refresh: built(
			buildTokenRequest(example, webApp, { type: 'refresh_token', refreshToken: placeholder }),
		),
		clientCredentials: built(
			buildTokenRequest(
				example,
				{ ...webApp, method: 'client_secret_post' },
				{ type: 'client_credentials', scopes: ['read'] },
			),
		),
		deviceAuthorize: built(buildDeviceAuthorizationRequest(example, device, ['read'])),
		devicePoll: built(
			buildTokenRequest(example, device, {
				type: 'device_code',
				deviceCode: placeholder,
				interval: 1,
			}),
		),
		api: built(buildAccessTokenRequest(example, placeholder)),
	};
	return Object.fromEntries(
		Object.entries(requests).map(([step, request]) => [
			step,
			{ ...request, url: localUrl(example, request.url, origin) },
		]),
	);
}

type StepRunner = (step: string, env: Record<string, string>) => Promise<CaseOutput>;

/** Runs one step's snippet with `runtime`; Go runs the binary built for the step. */
function runnerFor(runtime: Runtime, code: Record<string, string>, goBin: string): StepRunner {
	if (runtime === 'go') {
		return async (step, env) => {
			const result = await exec(join(goBin, step), [], {
				env: childEnv([{ id: step, code: '', env }]),
				timeoutMs: 60_000,
			});
			return { stdout: result.stdout, stderr: result.stderr };
		};
	}
	return async (step, env) =>
		(await runSnippets(runtime, [{ id: step, code: code[step]!, env }], { timeoutMs: 60_000 })).get(
			step,
		) ?? { stdout: '', stderr: 'no output' };
}

/** The status and JSON body a token step printed; throws with what it printed otherwise. */
function printedJson(runtime: Runtime, output: CaseOutput, status = 200): Record<string, string> {
	const printed = parsePrinted(runtime, output.stdout);
	if (printed?.status !== status)
		throw new Error(
			`expected ${status}, the snippet printed ${JSON.stringify(output.stdout)} ${output.stderr.slice(-1500)}`,
		);
	return JSON.parse(printed.body) as Record<string, string>;
}

let server: MockApiProcess;
let origin: string;
let goDir: string;
const code = new Map<Runtime, Record<string, string>>();
const matrix = new Map<string, string>();

beforeAll(async () => {
	server = await startMockApi({ testMode: true });
	origin = server.origin;
	const requests = await stepRequests(origin);
	for (const runtime of runtimes) {
		const emitted = Object.entries(requests).map(([step, request]) => {
			const result = emitSnippets(request, { secrets: 'env' });
			if (!result.ok) throw new Error(`${step}: ${result.error.code}`);
			return [step, result.snippets[languageOf[runtime]]] as const;
		});
		code.set(runtime, Object.fromEntries(emitted));
	}
	goDir = mkdtempSync(join(tmpdir(), 'oauth-grants-go-'));
	if (!runtimes.includes('go')) return;
	writeFileSync(join(goDir, 'go.mod'), 'module grants\n\ngo 1.19\n');
	for (const [step, program] of Object.entries(code.get('go')!)) {
		mkdirSync(join(goDir, 'cmd', step), { recursive: true });
		writeFileSync(join(goDir, 'cmd', step, 'main.go'), program);
	}
	const gofmt = await exec('gofmt', ['-l', join(goDir, 'cmd')], {
		env: childEnv([]),
		timeoutMs: 60_000,
	});
	if (gofmt.stdout !== '') throw new Error(`gofmt would reformat: ${gofmt.stdout}`);
	const build = await exec('go', ['build', '-o', 'bin/', './...'], {
		cwd: goDir,
		env: childEnv([]),
		timeoutMs: 400_000,
	});
	if (build.code !== 0) throw new Error(`go build failed:\n${build.stderr}`);
}, 480_000);

afterAll(() => {
	server?.stop();
	if (goDir) rmSync(goDir, { recursive: true, force: true });
	const header = ['grant', ...runtimes].join(' | ');
	const rows = grants.map((grant) =>
		[grant, ...runtimes.map((runtime) => matrix.get(`${grant} ${runtime}`) ?? 'not run')].join(
			' | ',
		),
	);
	console.log(
		`\nOAuth grants × languages, run against npm run mock-api:\n${header}\n${rows.join('\n')}\n`,
	);
});

/** What the person's browser does with the printed URL: follow it to the 302 and read the redirect. */
async function openAsThePerson(printed: string): Promise<{ code: string; verifier: string }> {
	const [url = '', verifierLine = '', stateLine = ''] = printed.trim().split('\n');
	const response = await fetch(url, { redirect: 'manual' });
	const location = new URL(response.headers.get('location') ?? 'about:blank');
	expect(location.searchParams.get('state')).toBe(stateLine.replace(/^STATE=/, ''));
	return {
		code: location.searchParams.get('code') ?? '',
		verifier: verifierLine.replace(/^CODE_VERIFIER=/, ''),
	};
}

const tokensOf = new Map<Runtime, Record<string, string>>();
const countLines = (text: string, line: string) =>
	text.split('\n').filter((candidate) => candidate === line).length;

async function codeGrant(runtime: Runtime, run: StepRunner, client: 'Web' | 'Spa'): Promise<void> {
	const authorize = await run(`authorize${client}`, {});
	expect(authorize.stdout).toMatch(
		/^http:\/\/127\.0\.0\.1:\d+\/example-api\/oauth\/authorize\?response_type=code&.*&state=[\w-]{43}&code_challenge=[\w-]{43}&code_challenge_method=S256\nCODE_VERIFIER=[\w-]{43}\nSTATE=[\w-]{43}\n$/,
	);
	const person = await openAsThePerson(authorize.stdout);
	const secrets = client === 'Web' ? { CLIENT_SECRET: secret } : {};
	const tokens = printedJson(
		runtime,
		await run(`exchange${client}`, {
			...secrets,
			AUTHORIZATION_CODE: person.code,
			CODE_VERIFIER: person.verifier,
		}),
	);
	const api = parsePrinted(
		runtime,
		(await run('api', { ACCESS_TOKEN: tokens['access_token']! })).stdout,
	);
	expect(api).toEqual({ status: 200, body: example.sampleEndpoint.responseBody });
	if (client === 'Web') tokensOf.set(runtime, tokens);
}

const flows: Record<Grant, (runtime: Runtime, run: StepRunner) => Promise<void>> = {
	'authorization code (confidential, client_secret_basic)': (runtime, run) =>
		codeGrant(runtime, run, 'Web'),
	'authorization code (public, PKCE only)': (runtime, run) => codeGrant(runtime, run, 'Spa'),
	'refresh token (rotation, reuse detected)': async (runtime, run) => {
		const old = tokensOf.get(runtime)?.['refresh_token'];
		if (!old) throw new Error('the code grant of this runtime gave no refresh token');
		const fresh = printedJson(
			runtime,
			await run('refresh', { CLIENT_SECRET: secret, REFRESH_TOKEN: old }),
		);
		expect(fresh['refresh_token']).not.toBe(old);
		expect(
			parsePrinted(runtime, (await run('api', { ACCESS_TOKEN: fresh['access_token']! })).stdout)
				?.status,
		).toBe(200);
		// Reuse detection (RFC 9700 §4.14.2): the retired token is refused and the whole grant revoked.
		const before = countLines(
			server.output(),
			'POST /example-api/oauth/token 400 refresh-token-reused',
		);
		expect(
			printedJson(
				runtime,
				await run('refresh', { CLIENT_SECRET: secret, REFRESH_TOKEN: old }),
				400,
			)['error'],
		).toBe('invalid_grant');
		expect(
			countLines(server.output(), 'POST /example-api/oauth/token 400 refresh-token-reused'),
		).toBe(before + 1);
		expect(
			parsePrinted(runtime, (await run('api', { ACCESS_TOKEN: fresh['access_token']! })).stdout)
				?.status,
		).toBe(401);
	},
	'client credentials (client_secret_post)': async (runtime, run) => {
		const tokens = printedJson(runtime, await run('clientCredentials', { CLIENT_SECRET: secret }));
		expect(
			parsePrinted(runtime, (await run('api', { ACCESS_TOKEN: tokens['access_token']! })).stdout)
				?.status,
		).toBe(200);
	},
	'device authorization': async (runtime, run) => {
		const codes = printedJson(runtime, await run('deviceAuthorize', {}));
		const pendingLine = 'POST /example-api/oauth/token 400 authorization-pending';
		const before = countLines(server.output(), pendingLine);
		const polling = run('devicePoll', { DEVICE_CODE: codes['device_code']! });
		// The person approves only after the device has heard authorization_pending at least once.
		const stopped = polling.then((output) =>
			Promise.reject(
				new Error(`the poll ended before it polled: ${output.stdout} ${output.stderr}`),
			),
		);
		await Promise.race([
			server.waitFor((output) => countLines(output, pendingLine) > before),
			stopped,
		]);
		stopped.catch(() => undefined);
		const approval = await fetch(`${origin}/__test/example-api/device`, {
			method: 'POST',
			body: new URLSearchParams({ user_code: codes['user_code']!, decision: 'approve' }),
		});
		expect(approval.status).toBe(200);
		const tokens = printedJson(runtime, await polling);
		expect(
			parsePrinted(runtime, (await run('api', { ACCESS_TOKEN: tokens['access_token']! })).stdout),
		).toEqual({ status: 200, body: example.sampleEndpoint.responseBody });
	},
};

describe('every grant, end to end, in every language', () => {
	test.each(runtimes.flatMap((runtime) => grants.map((grant) => [grant, runtime] as const)))(
		'completes the %s grant with %s and calls the API with the token it obtained',
		async (grant, runtime) => {
			matrix.set(`${grant} ${runtime}`, 'failed');
			await flows[grant](runtime, runnerFor(runtime, code.get(runtime)!, join(goDir, 'bin')));
			matrix.set(`${grant} ${runtime}`, 'completed');
		},
		120_000,
	);
});

// Hostile values a secret manager can hand out: quotes, $, backticks, %, +, &, =, :, non-ASCII.
const hostileSecret = `s3"cr'e$HOME\`id\`%41+&=:ü€😀 x`;
const canary = join(tmpdir(), `oauth-grants-canary-${process.pid}`);
const hostileRefresh = `rt'"$(touch ${canary})\`x\`%2B&=+é中`;

function hostileRequests(): Record<string, ApiRequest> {
	const basic: OAuthClient = {
		clientId: 'example-api-web-app',
		clientSecret: hostileSecret,
		method: 'client_secret_basic',
	};
	const post: OAuthClient = { ...basic, method: 'client_secret_post' };
	const code = {
		type: 'authorization_code',
		code: 'SplxlOBeZQQYbYS6WxSbIA',
		redirectUri: loopbackRedirectUri,
		codeVerifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
	} as const;
	return {
		exchangebasic: built(buildTokenRequest(example, basic, code)),
		exchangepost: built(buildTokenRequest(example, post, code)),
		refreshbasic: built(
			buildTokenRequest(example, basic, { type: 'refresh_token', refreshToken: hostileRefresh }),
		),
		refreshpost: built(
			buildTokenRequest(example, post, {
				type: 'refresh_token',
				refreshToken: hostileRefresh,
				scopes: ['read'],
			}),
		),
		credentialsbasic: built(
			buildTokenRequest(example, basic, { type: 'client_credentials', scopes: ['read', 'write'] }),
		),
		credentialspost: built(buildTokenRequest(example, post, { type: 'client_credentials' })),
	};
}

describe('hostile client secrets and refresh tokens', () => {
	let recorder: RecordingServer;
	const modes: readonly SecretMode[] = ['env', 'inline'];
	const cases = new Map<string, CaseRequest>();
	const outputs = new Map<Runtime, Map<string, CaseOutput>>();

	beforeAll(async () => {
		recorder = await startRecordingServer();
		for (const runtime of runtimes) {
			const batch = Object.entries(hostileRequests()).flatMap(([name, request]) =>
				modes.map((mode) => {
					const item = retarget(request, recorder.origin, `${runtime}${name}${mode}`);
					cases.set(item.id, item);
					return snippetCase(runtime, item, mode);
				}),
			);
			outputs.set(
				runtime,
				await runSnippets(runtime, batch, { goMode: 'batch', timeoutMs: 400_000 }),
			);
		}
	}, 600_000);

	afterAll(() => recorder?.close());

	test('runs no command hidden in a refresh token', () => {
		expect(existsSync(canary)).toBe(false);
	});

	test.each(
		runtimes.flatMap((runtime) =>
			Object.keys(hostileRequests()).flatMap((name) =>
				modes.map((mode) => [name, mode, runtime] as const),
			),
		),
	)('delivers the %s request (%s mode) byte-exact with %s', (name, mode, runtime) => {
		const item = cases.get(`${runtime}${name}${mode}`)!;
		expect(
			deliveryProblems(
				runtime,
				item.request,
				receivedFor(recorder.requests, item.id),
				outputs.get(runtime)?.get(item.id),
			),
		).toEqual([]);
	});
});
