/**
 * The real `npm run mock-api` server (on port 0) fed malformed requests: bad and huge headers,
 * bad JSON, wrong methods, garbage bytes over a raw socket. Each gets a 4xx (or, for bytes that
 * never form a request, a closed connection), the server keeps serving, and its log never shows
 * a secret that was sent.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createMockServer, loadProfileFiles } from '../../scripts/mock-api-server.ts';
import { pinnedNow, seededRandom } from '../support/mock-world.ts';
import { startMockApi, type MockApiProcess } from './support/mock-api-process.ts';

const canary = 'canary_s3cret_7Qx';
const lemlistKey = '0f7c2b9e4d1a8f3b6c5e9a2d7b4f1c8e';
const good = { authorization: `Basic ${Buffer.from(`:${lemlistKey}`).toString('base64')}` };

let server: MockApiProcess;
let port = 0;

beforeAll(async () => {
	server = await startMockApi();
	port = Number(new URL(server.origin).port);
});

afterAll(() => server.stop());

/** What came back on a raw socket, and whether the server closed it or we gave up waiting. */
interface RawAnswer {
	readonly text: string;
	/** `closed`: the server ended the connection; `hung`: nothing ended it within 10 s. */
	readonly end: 'closed' | 'hung';
}

/** Sends raw bytes, half-closes, and returns what came back before the server closed (or 10 s). */
function raw(bytes: Buffer | string): Promise<RawAnswer> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		let received = '';
		const finish = (end: RawAnswer['end']) => {
			clearTimeout(timer);
			socket.destroy();
			resolve({ text: received, end });
		};
		const timer = setTimeout(() => finish('hung'), 10_000);
		socket.on('data', (chunk) => (received += chunk.toString('latin1')));
		socket.on('close', () => finish('closed'));
		socket.on('error', () => finish('closed'));
		socket.write(bytes, () => socket.end());
	});
}

/** A 4xx status, or the connection closed by the server with nothing said; never a hang or a 5xx. */
function refusedOrClosed(answer: RawAnswer): string {
	if (answer.end === 'hung') return `hung with ${JSON.stringify(answer.text.slice(0, 80))}`;
	const status = statusOf(answer.text);
	if (status === null)
		return answer.text === ''
			? 'closed'
			: `unreadable answer ${JSON.stringify(answer.text.slice(0, 80))}`;
	return status >= 400 && status < 500 ? 'closed' : `answered ${status}`;
}

function statusOf(response: string): number | null {
	const match = /^HTTP\/1\.1 (\d{3}) /.exec(response);
	return match ? Number(match[1]) : null;
}

async function expectServing(): Promise<void> {
	const response = await fetch(`http://127.0.0.1:${port}/lemlist/api/team`, { headers: good });
	expect(response.status).toBe(200);
	expect(server.alive()).toBe(true);
}

const line = (target: string) => `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n`;

describe('the mock API server fed malformed HTTP over a raw socket', () => {
	test.each([
		['a space inside a header name', `${line('/lemlist/api/team')}Bad Name: x\r\n\r\n`, [400]],
		[
			'a carriage return inside a header value',
			`${line('/lemlist/api/team')}X-A: a\rb\r\n\r\n`,
			[400],
		],
		['a NUL byte in a header value', `${line('/lemlist/api/team')}X-A: a\0b\r\n\r\n`, [400]],
		['a header line without a colon', `${line('/lemlist/api/team')}NoColonHere\r\n\r\n`, [400]],
		[
			'a Content-Length that is not a number',
			`POST /lemlist/api/team HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n`,
			[400],
		],
		[
			'Content-Length and Transfer-Encoding together',
			`POST /lemlist/api/team HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
			[400],
		],
		['20 KB of headers', `${line('/lemlist/api/team')}X-Big: ${'a'.repeat(20_000)}\r\n\r\n`, [431]],
		['a 20 KB request line', `${line(`/lemlist/${'a'.repeat(20_000)}`)}\r\n`, [431, 414, 400]],
		['an unknown method', `BREW /lemlist/api/team HTTP/1.1\r\nHost: x\r\n\r\n`, [400, 405]],
		['TRACE', `TRACE /lemlist/api/team HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, [405]],
		['an HTTP/0.9 request line', 'GET /\r\n\r\n', [400]],
		['a request line with no version', 'GET /lemlist/api/team\r\nHost: x\r\n\r\n', [400]],
		[
			'HTTP/2.0 in an HTTP/1 request line',
			`GET /lemlist/api/team HTTP/2.0\r\nHost: x\r\n\r\n`,
			[400, 505],
		],
		['an asterisk target', `GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, [404, 400]],
		[
			'an absolute-form target',
			`GET http://elsewhere/lemlist/api/team HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
			[401],
		],
		[
			'raw UTF-8 bytes in the Authorization value',
			Buffer.concat([
				Buffer.from(`${line('/leadterra/v1/sender-pools')}Authorization: Bearer sk_test_`),
				Buffer.from('é✓', 'utf8'),
				Buffer.from('\r\nConnection: close\r\n\r\n'),
			]),
			[401],
		],
		[
			'a chunked body that never ends its chunk',
			`POST /example-api/oauth/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`,
			[400],
		],
		[
			'binary garbage',
			Buffer.from([
				0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03, 0x0d, 0x0a, 0x0d, 0x0a,
			]),
			[400],
		],
	])('answers %s with a 4xx and keeps serving', async (_name, bytes, statuses) => {
		const { text: response, end } = await raw(bytes);
		expect(end).toBe('closed');
		expect(statuses).toContain(statusOf(response));
		// Every answer is JSON: the simulator's own for unreadable requests, the API's for the rest.
		expect(() => JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4))).not.toThrow();
		await expectServing();
	});

	test('closes quietly on a request cut off before its headers end, and keeps serving', async () => {
		const answer = await raw('GET /lemlist/api/team HTTP/1.1\r\nHost: x\r\nX-Half');
		expect(refusedOrClosed(answer)).toBe('closed');
		await expectServing();
	});

	test('answers any byte string with a 4xx or a closed connection, never a 5xx', async () => {
		const prefixes = fc.constantFrom(
			'',
			'GET / HTTP/1.1\r\n',
			'POST /example-api/oauth/token HTTP/1.1\r\nHost: x\r\n',
			'GET /lemlist/api/team HTTP/1.1\r\nAuthorization: ',
		);
		const junk = fc.uint8Array({ minLength: 1, maxLength: 300 });
		await fc.assert(
			fc.asyncProperty(prefixes, junk, async (prefix, bytes) => {
				const answer = await raw(
					Buffer.concat([Buffer.from(prefix), bytes, Buffer.from('\r\n\r\n')]),
				);
				expect(refusedOrClosed(answer)).toBe('closed');
			}),
			{ numRuns: 60 },
		);
		await expectServing();
	}, 120_000);
});

describe('the mock API server fed malformed requests through an HTTP client', () => {
	const url = (path: string) => `http://127.0.0.1:${port}${path}`;

	test.each([
		[
			'bad JSON to the token endpoint',
			400,
			'/example-api/oauth/token',
			{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"grant_type":' },
			'malformed-json',
		],
		[
			'bad JSON to the sample endpoint',
			400,
			'/lemlist/api/team',
			{ method: 'POST', headers: { 'content-type': 'application/json', ...good }, body: "{'a':1}" },
			'malformed-json',
		],
		[
			'a JSON token request',
			400,
			'/example-api/oauth/token',
			{
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: '{"grant_type":"client_credentials"}',
			},
			'invalid_request',
		],
		[
			'a form token request from nobody',
			401,
			'/example-api/oauth/token',
			{
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: 'grant_type=client_credentials',
			},
			'invalid_client',
		],
		[
			'a body over 64 KB',
			413,
			'/example-api/oauth/token',
			{
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: 'a='.padEnd(70_000, 'x'),
			},
			'body-too-large',
		],
		[
			'DELETE on the sample endpoint with a good key',
			405,
			'/lemlist/api/team',
			{ method: 'DELETE', headers: good },
			'method-not-allowed',
		],
		[
			'PUT on the sample endpoint without a key',
			401,
			'/lemlist/api/team',
			{ method: 'PUT', body: 'x' },
			'Unauthorized',
		],
		['HEAD on the sample endpoint', 405, '/lemlist/api/team', { method: 'HEAD' }, null],
		[
			'OPTIONS on the token endpoint',
			405,
			'/example-api/oauth/token',
			{ method: 'OPTIONS' },
			'method-not-allowed',
		],
		[
			'GET on the token endpoint',
			405,
			'/example-api/oauth/token',
			{ method: 'GET' },
			'method-not-allowed',
		],
		['an unknown API prefix', 404, '/stripe/v1/charges', { method: 'GET' }, 'unknown-api'],
		[
			'a percent-encoding that does not decode',
			404,
			'/lemlist/api/%zz%',
			{ method: 'GET', headers: good },
			'not-found',
		],
		[
			'Basic credentials that are not Base64',
			401,
			'/lemlist/api/team',
			{ method: 'GET', headers: { authorization: 'Basic ***' } },
			'Unauthorized',
		],
		[
			'an Authorization value of 15 KB',
			401,
			'/leadterra/v1/sender-pools',
			{ method: 'GET', headers: { authorization: `Bearer ${'A'.repeat(15_000)}` } },
			'unauthorized',
		],
	] as const)('answers %s with %i', async (_name, status, path, init, bodyPart) => {
		const response = await fetch(url(path), init);
		expect(response.status).toBe(status);
		const body = await response.text();
		if (bodyPart) expect(body).toContain(bodyPart);
		await expectServing();
	});

	test('lets exactly the burst of 100 concurrent requests through while the clock stands still', async () => {
		// The same server as `npm run mock-api`, in this process with a clock that never moves, so no
		// token refills during the run and the count is exact however slow the machine is.
		const profiles = loadProfileFiles(
			join(import.meta.dirname, '..', '..', 'src', 'content', 'profiles'),
		);
		const frozen = createMockServer({
			profiles,
			clock: () => pinnedNow,
			random: seededRandom(),
			log: () => {},
		});
		await new Promise<void>((resolve) => frozen.listen(0, '127.0.0.1', resolve));
		try {
			const origin = `http://127.0.0.1:${(frozen.address() as AddressInfo).port}`;
			const key = { authorization: 'Bearer ex_live_7Hq2Lm9Rt4Vw8Zb3' };
			const statuses = await Promise.all(
				Array.from({ length: 100 }, () =>
					fetch(`${origin}/example-api/v1/users/me`, { headers: key }).then(
						(response) => response.status,
					),
				),
			);
			// The Free tier's burst is 50.
			expect([
				statuses.filter((status) => status === 200).length,
				statuses.filter((status) => status === 429).length,
			]).toEqual([50, 50]);
		} finally {
			frozen.closeAllConnections();
			await new Promise((resolve) => frozen.close(resolve));
		}
	});
});

describe('the mock API server log', () => {
	test('shows method, path, status and code, and no secret that was sent', async () => {
		await fetch(`http://127.0.0.1:${port}/lemlist/api/team?api_key=${canary}`, {
			headers: { authorization: `Basic ${Buffer.from(`:${canary}`).toString('base64')}` },
		});
		await fetch(`http://127.0.0.1:${port}/leadterra/v1/${canary}`, {
			headers: { authorization: `Bearer sk_live_${canary}` },
		});
		await fetch(`http://127.0.0.1:${port}/${canary}/x`);
		await fetch(`http://127.0.0.1:${port}/example-api/oauth/token`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: `grant_type=client_credentials&client_id=example-api-web-app&client_secret=${canary}`,
		});
		// Each line is printed before its answer is sent, so all four are in the log by now; the poll
		// only covers the pipe between the server and this process.
		await expect
			.poll(() => server.output())
			.toContain('POST /example-api/oauth/token 401 invalid-client');
		const output = server.output();
		expect(output).toContain('GET /lemlist/api/team 400 duplicated-credentials');
		expect(output).toContain('GET /leadterra/… 401 invalid-api-key');
		expect(output).toContain('POST /example-api/oauth/token 401 invalid-client');
		expect(output).not.toContain(canary);
		expect(output).not.toContain(lemlistKey);
		expect(output).not.toContain(Buffer.from(`:${lemlistKey}`).toString('base64'));
		expect(output).not.toMatch(/Error|at .*\.ts:\d+/);
	});
});
