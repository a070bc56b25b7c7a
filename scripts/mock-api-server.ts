/**
 * The Node half of the mock API server: an `http.Server` that turns each request into an
 * `ApiRequest` (src/lib/mock-api/wire.ts), answers it with the same `handle` the page uses, and
 * writes the `ApiResponse` back. Requests to one profile are answered one at a time, so each sees
 * the world the previous one left. Nothing a client sends can crash it: unreadable requests get a
 * JSON 400 or 431, and the log shows method, known path, status and error code, never a secret.
 *
 * Test mode (for the runtime tests, never the page): `POST /__test/<id>/device` with the form
 * fields user_code and decision (approve or deny) plays the person at the verification URI of the
 * device grant, and devices poll every second instead of the profile's interval.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseProfile, type Profile } from '../src/lib/profiles/index.ts';
import {
	createWorld,
	decideDevice,
	handle,
	simulatorResponse,
	dispatch,
	loggedPath,
	type Clock,
	type RandomSource,
	type World,
} from '../src/lib/mock-api/index.ts';
import { respond } from '../src/lib/mock-api/respond.ts';
import { responseText, type ApiResponse, type Header } from '../src/lib/http/index.ts';

export interface MockServerOptions {
	readonly profiles: readonly Profile[];
	readonly clock: Clock;
	readonly random: RandomSource;
	readonly log: (line: string) => void;
	/** Largest accepted body in bytes; larger ones get 413. */
	readonly maxBodyBytes?: number;
	/** Largest accepted header section in bytes; larger ones get 431. */
	readonly maxHeaderBytes?: number;
	/** Serve the test-only approval endpoint and poll devices every second (see the file comment). */
	readonly testMode?: boolean;
}

/** The test-only approval path of a profile: `/__test/<id>/device`. */
export function approvalPath(id: string): string {
	return `/__test/${id}/device`;
}

/** Every profile in `dir`, validated as the build validates it. */
export function loadProfileFiles(dir: string): Profile[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => parseProfile(parse(readFileSync(join(dir, name), 'utf8')), name));
}

/** `node:http` raw headers ([name, value, name, value, …]) as ordered pairs. */
function pairs(raw: readonly string[]): Header[] {
	const headers: Header[] = [];
	for (let i = 0; i + 1 < raw.length; i += 2) headers.push([raw[i]!, raw[i + 1]!]);
	return headers;
}

async function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array | null> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > limit) return null;
		chunks.push(chunk);
	}
	return Buffer.concat(chunks);
}

function write(res: ServerResponse, response: ApiResponse, close: boolean): void {
	const headers = response.headers.flatMap(([name, value]) => [name, value]);
	if (close) headers.push('Connection', 'close');
	res.writeHead(response.status, response.statusText, headers);
	res.end(response.body);
}

/** A raw response that closes the connection, for sockets the HTTP parser gave up on. */
function rawResponse(response: ApiResponse): string {
	return responseText(
		{ ...response, headers: [...response.headers, ['Connection', 'close']] },
		{ lineEnding: '\r\n' },
	);
}

const loggable = (method: string | undefined) =>
	method && /^[A-Z]{1,12}$/.test(method) ? method : '?';

/** A mock API server over `options.profiles`; call `listen` on it. */
export function createMockServer(options: MockServerOptions): Server {
	const deviceInterval = options.testMode ? { deviceInterval: 1 } : {};
	const worlds = new Map<string, World>(
		options.profiles.map((profile) => [
			profile.id,
			createWorld(profile, { clock: options.clock, random: options.random, ...deviceInterval }),
		]),
	);
	const queues = new Map<string, Promise<unknown>>();
	const maxBody = options.maxBodyBytes ?? 64 * 1024;
	let origin = 'http://127.0.0.1';

	/** Answers one request for a profile after the previous one has changed its world. */
	function inTurn(
		id: string,
		run: (world: World) => Promise<{ response: ApiResponse; world: World }>,
	): Promise<ApiResponse> {
		const answer = (queues.get(id) ?? Promise.resolve()).then(async () => {
			const { response, world } = await run(worlds.get(id)!);
			worlds.set(id, world);
			return response;
		});
		queues.set(
			id,
			answer.catch(() => undefined),
		);
		return answer;
	}

	/** The person's decision on a device, in test mode only: 200, or 400 with the reason. */
	async function approve(id: string, body: Uint8Array): Promise<ApiResponse> {
		const fields = new URLSearchParams(new TextDecoder().decode(body));
		const decision = fields.get('decision');
		const userCode = fields.get('user_code') ?? '';
		const now = options.clock();
		if (decision !== 'approve' && decision !== 'deny')
			return simulatorResponse('malformed-request', now, 'decision must be approve or deny.');
		let reason = '';
		await inTurn(id, async (world) => {
			const decided = decideDevice(world, userCode, decision, now);
			if (!decided.ok) reason = decided.reason;
			return {
				world: decided.ok ? decided.world : world,
				response: simulatorResponse('malformed-request', now, ''),
			};
		});
		if (reason !== '')
			return simulatorResponse(
				'malformed-request',
				now,
				`The user code cannot be decided: ${reason}.`,
			);
		return respond(
			200,
			'application/json',
			JSON.stringify({ user_code: userCode, decision }),
			[],
			now,
		);
	}

	async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const target = req.url ?? '/';
		const testProfile =
			options.testMode && req.method === 'POST'
				? options.profiles.find((profile) => target === approvalPath(profile.id))
				: undefined;
		const log = (response: ApiResponse) =>
			options.log(
				`${loggable(req.method)} ${loggedPath(target, options.profiles)} ${response.status}${response.errorCode ? ` ${response.errorCode}` : ''}`,
			);
		let response: ApiResponse;
		let close = false;
		try {
			const body = await readBody(req, maxBody);
			if (req.httpVersionMajor !== 1) {
				// Node's parser still takes an HTTP/0.9 request line (no version); the API speaks HTTP/1.x.
				response = simulatorResponse(
					'malformed-request',
					options.clock(),
					'The request line has no HTTP/1.x version.',
				);
				close = true;
			} else if (body === null) {
				response = simulatorResponse(
					'body-too-large',
					options.clock(),
					`The body is larger than ${maxBody} bytes.`,
				);
				close = true;
			} else if (testProfile) {
				response = await approve(testProfile.id, body);
			} else {
				const routed = dispatch(
					{ method: req.method ?? '', target, headers: pairs(req.rawHeaders), body },
					options.profiles,
					origin,
					options.clock(),
				);
				response =
					routed.kind === 'answer'
						? routed.response
						: await inTurn(routed.profile.id, (world) => handle(routed.request, world));
			}
		} catch (error) {
			if (req.destroyed || res.destroyed) return;
			options.log(
				`${loggable(req.method)} ${loggedPath(target, options.profiles)} 500 internal error: ${error instanceof Error ? error.name : 'unknown'}`,
			);
			res
				.writeHead(500, { 'Content-Type': 'application/json', Connection: 'close' })
				.end('{"error":"internal-error","message":"The simulator failed; this is a bug."}');
			return;
		}
		log(response);
		write(res, response, close);
	}

	const server = createServer(
		{
			maxHeaderSize: options.maxHeaderBytes ?? 16 * 1024,
			requestTimeout: 15_000,
			headersTimeout: 10_000,
		},
		(req, res) => {
			serve(req, res).catch(() => res.destroy());
		},
	);
	server.on('listening', () => {
		const address = server.address();
		if (address && typeof address === 'object') origin = `http://127.0.0.1:${address.port}`;
	});
	server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
		if (!socket.writable || error.code === 'ECONNRESET') {
			socket.destroy();
			return;
		}
		const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
		const detail = tooLarge
			? 'The request headers are larger than 16 KB.'
			: 'The bytes received are not a valid HTTP/1.1 request.';
		const response = simulatorResponse(
			tooLarge ? 'headers-too-large' : 'malformed-request',
			options.clock(),
			detail,
		);
		options.log(`? - ${response.status} ${response.errorCode}`);
		socket.end(rawResponse(response));
	});
	return server;
}
