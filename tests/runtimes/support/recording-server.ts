/**
 * A raw HTTP/1.1 server on 127.0.0.1 (ephemeral port) built on `node:net`, not `node:http`, so it
 * records exactly the bytes a client sent: the request line, every header line in order with its
 * case, and the body. It answers each request with a small JSON 200, or with what `respond` says.
 */
import { createServer, type Socket } from 'node:net';

/** One request as received. Header names and values are latin1 strings: one char per byte. */
export interface RecordedRequest {
	readonly method: string;
	readonly target: string;
	readonly version: string;
	readonly headers: readonly (readonly [name: string, value: string])[];
	readonly body: Buffer;
}

export interface RecordedResponse {
	readonly status: number;
	readonly reason: string;
	readonly headers: readonly (readonly [string, string])[];
	readonly body: string;
}

export interface RecordingServer {
	/** `http://127.0.0.1:<port>` */
	readonly origin: string;
	/** Every request received so far, in arrival order. */
	readonly requests: RecordedRequest[];
	close(): Promise<void>;
}

const ok: RecordedResponse = {
	status: 200,
	reason: 'OK',
	headers: [['Content-Type', 'application/json']],
	body: '{"ok":true}',
};

function parseHead(head: string): Omit<RecordedRequest, 'body'> {
	const [requestLine = '', ...lines] = head.split('\r\n');
	const [method = '', target = '', version = ''] = requestLine.split(' ');
	const headers = lines.map((line) => {
		const colon = line.indexOf(':');
		return [line.slice(0, colon), line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '')] as const;
	});
	return { method, target, version, headers };
}

/** Decodes a chunked body (RFC 9112 §7.1); undefined until the last chunk has arrived. */
function dechunk(data: Buffer): { readonly body: Buffer; readonly length: number } | undefined {
	const chunks: Buffer[] = [];
	let offset = 0;
	for (;;) {
		const lineEnd = data.indexOf('\r\n', offset);
		if (lineEnd === -1) return undefined;
		const size = parseInt(data.subarray(offset, lineEnd).toString('latin1'), 16);
		if (size === 0) {
			const end = data.indexOf('\r\n\r\n', lineEnd);
			return end === -1 ? undefined : { body: Buffer.concat(chunks), length: end + 4 };
		}
		if (data.length < lineEnd + 2 + size + 2) return undefined;
		chunks.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
		offset = lineEnd + 2 + size + 2;
	}
}

function header(request: Omit<RecordedRequest, 'body'>, name: string): string | undefined {
	return request.headers.find(([key]) => key.toLowerCase() === name)?.[1];
}

function serve(
	socket: Socket,
	requests: RecordedRequest[],
	respond: (request: RecordedRequest) => RecordedResponse,
): void {
	let buffer = Buffer.alloc(0);
	let continued = false;
	let answered = false;
	socket.on('error', () => socket.destroy());
	socket.on('data', (data) => {
		if (answered) return;
		buffer = Buffer.concat([buffer, data]);
		const headEnd = buffer.indexOf('\r\n\r\n');
		if (headEnd === -1) return;
		const head = parseHead(buffer.subarray(0, headEnd).toString('latin1'));
		const rest = buffer.subarray(headEnd + 4);
		if (header(head, 'expect')?.toLowerCase() === '100-continue' && !continued) {
			continued = true;
			socket.write('HTTP/1.1 100 Continue\r\n\r\n');
		}
		const chunked = header(head, 'transfer-encoding')?.toLowerCase() === 'chunked';
		const length = Number(header(head, 'content-length') ?? 0);
		const body = chunked
			? dechunk(rest)?.body
			: rest.length >= length
				? rest.subarray(0, length)
				: undefined;
		if (!body) return;
		answered = true;
		const request = { ...head, body: Buffer.from(body) };
		requests.push(request);
		const response = respond(request);
		const lines = [
			`HTTP/1.1 ${response.status} ${response.reason}`,
			...response.headers.map(([name, value]) => `${name}: ${value}`),
		];
		lines.push(
			`Content-Length: ${Buffer.byteLength(response.body)}`,
			'Connection: close',
			'',
			response.body,
		);
		socket.end(lines.join('\r\n'));
	});
}

/** Starts a recording server; `respond` picks the answer (default: 200 with `{"ok":true}`). */
export async function startRecordingServer(
	respond: (request: RecordedRequest) => RecordedResponse = () => ok,
): Promise<RecordingServer> {
	const requests: RecordedRequest[] = [];
	const sockets = new Set<Socket>();
	const server = createServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		serve(socket, requests, respond);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (address === null || typeof address === 'string')
		throw new Error('The recording server has no TCP address.');
	return {
		origin: `http://127.0.0.1:${address.port}`,
		requests,
		close: () =>
			new Promise<void>((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			}),
	};
}
