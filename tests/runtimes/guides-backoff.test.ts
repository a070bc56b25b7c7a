/**
 * The backoff programs shown on /guides/rate-limits/ are real: each is syntax-checked by its own
 * toolchain and then run by its runtime against a local server that answers 429 first, so the
 * guide cannot show a retry loop that does not honour Retry-After.
 *
 * No test here reads a clock: each program runs with its sleep replaced by a recorder
 * (tests/runtimes/support/recorded-sleep/), so the test reads how long the program chose to wait
 * and the program does not actually wait.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const dir = join(import.meta.dirname, '..', '..', 'src', 'examples', 'backoff');
const recorders = join(import.meta.dirname, 'support', 'recorded-sleep');
const key = 'sk_test_backoff_canary_42';
const scratch = mkdtempSync(join(tmpdir(), 'guides-backoff-'));
const goEnv = {
	GOCACHE: process.env['GOCACHE'] ?? join(scratch, 'gocache'),
	GOFLAGS: '-mod=mod',
	GO111MODULE: 'off',
};

/** backoff.go copied with its one `time.Sleep(` call routed to the recorder compiled beside it. */
function prepareGo(): void {
	const goDir = join(scratch, 'go');
	const source = readFileSync(join(dir, 'backoff.go'), 'utf8');
	const calls = source.split('time.Sleep(').length - 1;
	if (calls !== 1)
		throw new Error(`backoff.go should call time.Sleep once, found ${calls}: update the recorder`);
	mkdirSync(goDir, { recursive: true });
	writeFileSync(join(goDir, 'backoff.go'), source.replace('time.Sleep(', 'recordSleep('));
	copyFileSync(join(recorders, 'record_sleep.go'), join(goDir, 'record_sleep.go'));
}

/** How to run each program: the command, the arguments before the URL, and the recorder's environment. */
const programs = [
	{
		language: 'bash + curl',
		file: 'backoff.sh',
		command: 'bash',
		args: [join(dir, 'backoff.sh')],
		env: { PATH: `${recorders}:${process.env['PATH'] ?? ''}` },
	},
	{
		language: 'JavaScript',
		file: 'backoff.mjs',
		command: process.execPath,
		args: [
			'--import',
			pathToFileURL(join(recorders, 'record-sleep.mjs')).href,
			join(dir, 'backoff.mjs'),
		],
		env: {},
	},
	{
		language: 'Python',
		file: 'backoff.py',
		command: 'python3',
		args: [join(dir, 'backoff.py')],
		env: { PYTHONPATH: recorders },
	},
	{
		language: 'Go',
		file: 'backoff.go',
		command: 'go',
		args: ['run', join(scratch, 'go', 'backoff.go'), join(scratch, 'go', 'record_sleep.go')],
		env: {},
	},
] as const;

const syntaxChecks = [
	['bash -n', 'bash', ['-n', join(dir, 'backoff.sh')]],
	['node --check', process.execPath, ['--check', join(dir, 'backoff.mjs')]],
	[
		'python3 compile',
		'python3',
		[
			'-c',
			'import ast, sys; ast.parse(open(sys.argv[1]).read(), sys.argv[1])',
			join(dir, 'backoff.py'),
		],
	],
	['go vet', 'go', ['vet', join(dir, 'backoff.go')]],
] as const;

/** Scripted answers per path: each request takes the next one; the last one repeats. */
const scripts: Record<string, { status: number; headers?: () => Record<string, string> }[]> = {
	'/retry-after': [{ status: 429, headers: () => ({ 'Retry-After': '1' }) }, { status: 200 }],
	// Half a minute ahead: the program's own clock reads it some time after the server wrote it.
	'/http-date': [
		{
			status: 503,
			headers: () => ({ 'Retry-After': new Date(Date.now() + 30_000).toUTCString() }),
		},
		{ status: 200 },
	],
	'/no-hint': [{ status: 429 }, { status: 200 }],
	'/unauthorized': [{ status: 401 }, { status: 200 }],
	'/too-long': [{ status: 429, headers: () => ({ 'Retry-After': '3600' }) }, { status: 200 }],
};

interface Seen {
	authorization: string | undefined;
}
const seen = new Map<string, Seen[]>();
let server: Server;
let origin = '';

beforeAll(async () => {
	prepareGo();
	server = createServer((req, res) => {
		const [path = '', id = ''] = (req.url ?? '').split('?');
		const log = seen.get(id) ?? [];
		log.push({ authorization: req.headers.authorization });
		seen.set(id, log);
		const script = scripts[path] ?? [{ status: 404 }];
		const answer = script[Math.min(log.length - 1, script.length - 1)]!;
		res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers?.() });
		res.end(JSON.stringify({ attempt: log.length }));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
	rmSync(scratch, { recursive: true, force: true });
});

/** Runs one program against one scripted path; resolves with its exit code, output, requests and waits. */
async function runProgram(program: (typeof programs)[number], path: string) {
	const id = `${program.file}-${path.slice(1)}`;
	const url = `${origin}${path}?${id}`;
	const sleepLog = join(scratch, `${id}.sleeps`);
	writeFileSync(sleepLog, '');
	const env = {
		PATH: process.env['PATH'] ?? '',
		HOME: process.env['HOME'] ?? scratch,
		API_KEY: key,
		SLEEP_LOG: sleepLog,
		...goEnv,
		...program.env,
	};
	const waits = () =>
		readFileSync(sleepLog, 'utf8')
			.split('\n')
			.filter((line) => line !== '')
			.map(Number);
	try {
		const { stdout } = await run(program.command, [...program.args, url], { env, timeout: 60_000 });
		return { code: 0, stdout, requests: seen.get(id) ?? [], waits: waits() };
	} catch (error) {
		const failure = error as { code?: number; stdout?: string; stderr?: string };
		if (typeof failure.code !== 'number') throw error;
		return {
			code: failure.code,
			stdout: failure.stdout ?? '',
			stderr: failure.stderr ?? '',
			requests: seen.get(id) ?? [],
			waits: waits(),
		};
	}
}

describe('backoff examples are valid programs', () => {
	test.each(syntaxChecks)('%s accepts the example', async (_name, command, args) => {
		await expect(
			run(command, [...args], { env: { ...process.env, ...goEnv }, timeout: 60_000 }),
		).resolves.toBeDefined();
	});

	test('gofmt finds nothing to reformat', async () => {
		const { stdout } = await run('gofmt', ['-l', join(dir, 'backoff.go')]);
		expect(stdout).toBe('');
	});
});

describe.each(programs)('the $language backoff example', (program) => {
	test('waits as long as a delta-seconds Retry-After asks, then succeeds', async () => {
		const result = await runProgram(program, '/retry-after');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('200');
		expect(result.requests).toHaveLength(2);
		// Retry-After: 1 is longer than any first jitter (at most 0.5 s), so the wait is exactly 1 s.
		expect(result.waits).toEqual([1]);
		expect(result.requests.map((r) => r.authorization)).toEqual([`Bearer ${key}`, `Bearer ${key}`]);
	});

	test('honours a Retry-After given as an HTTP-date on a 503', async () => {
		const result = await runProgram(program, '/http-date');
		expect(result.code).toBe(0);
		expect(result.requests).toHaveLength(2);
		// The date is 29 to 30 s ahead when written; whatever the load, the program reads it well before 10 s pass.
		expect(result.waits).toHaveLength(1);
		expect(result.waits[0]).toBeGreaterThan(20);
		expect(result.waits[0]).toBeLessThanOrEqual(30);
	});

	test('backs off with jitter when the 429 carries no Retry-After', async () => {
		const result = await runProgram(program, '/no-hint');
		expect(result.code).toBe(0);
		expect(result.requests).toHaveLength(2);
		// The first ceiling is 500 ms: full jitter waits somewhere in [0, 0.5] s.
		expect(result.waits).toHaveLength(1);
		expect(result.waits[0]).toBeGreaterThanOrEqual(0);
		expect(result.waits[0]).toBeLessThanOrEqual(0.5);
	});

	test('does not retry a 401, which no amount of waiting fixes', async () => {
		const result = await runProgram(program, '/unauthorized');
		expect(result.code).not.toBe(0);
		expect(result.requests).toHaveLength(1);
		expect(result.waits).toEqual([]);
	});

	test('gives up at once, without waiting, when Retry-After asks for more than a minute', async () => {
		const result = await runProgram(program, '/too-long');
		expect(result.code).not.toBe(0);
		expect(result.requests).toHaveLength(1);
		expect(result.waits).toEqual([]);
	});
});
