/**
 * A header too long for one argument: Linux refuses an argument or environment string over 128 KiB
 * (MAX_ARG_STRLEN), so `curl -H "Authorization: Bearer $KEY"` with a 200 KiB key never starts.
 * The cURL snippet then has bash's builtin printf write the header into curl's stdin (`-H @-`);
 * real bash and real curl must deliver it byte for byte, in its place among the other headers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ApiRequest } from '../../src/lib/http/index.ts';
import { emitSnippet, type SecretMode } from '../../src/lib/snippets/index.ts';
import { argumentLimit } from '../../src/lib/snippets/curl.ts';
import { startRecordingServer, type RecordingServer } from './support/recording-server.ts';
import { childEnv, exec } from './support/run-snippet.ts';

// 200 KiB of b64token characters, varied so a cut or a repeat would show.
const key = Array.from(
	{ length: 200 * 1024 },
	(_, i) => 'Ab3-._~+/Zq9'[(i * 7 + (i >> 10)) % 12],
).join('');
let server: RecordingServer;
let dir: string;

beforeAll(async () => {
	server = await startRecordingServer();
	dir = mkdtempSync(join(tmpdir(), 'long-header-'));
	writeFileSync(join(dir, 'key.txt'), key);
});
afterAll(async () => {
	await server.close();
	rmSync(dir, { recursive: true, force: true });
});

function request(id: string): ApiRequest {
	return {
		method: 'GET',
		url: `${server.origin}/${id}/v1/users/me`,
		headers: [
			['Accept', 'application/json'],
			['Authorization', `Bearer ${key}`],
			['X-After', 'yes'],
		],
		authorization: { kind: 'bearer', token: { kind: 'secret', value: key, envVar: 'API_KEY' } },
	};
}

/** Runs `script` with bash from a file, the key only in key.txt (a 200 KiB variable cannot be exported). */
async function bash(script: string) {
	const file = join(dir, `${Math.random().toString(36).slice(2)}.sh`);
	writeFileSync(file, script);
	return exec('bash', [file], { env: childEnv([]), cwd: dir, timeoutMs: 60_000 });
}

describe('a cURL snippet whose header passes the 128 KiB argument limit', () => {
	test('the plain form fails there, so the limit is real on this machine', async () => {
		expect(`Authorization: Bearer ${key}`.length + 1).toBeGreaterThan(argumentLimit);
		const run = await bash(
			`API_KEY=$(cat key.txt)\ncurl -sS '${server.origin}/plain/' -H "Authorization: Bearer \${API_KEY}"\n`,
		);
		expect(run.code).not.toBe(0);
		expect(run.stderr).toMatch(/Argument list too long/);
	});

	test.each<[SecretMode, string]>([
		['inline', ''],
		['env', 'API_KEY=$(cat key.txt)\n'],
	])('delivers the 200 KiB key byte for byte in %s mode, headers in order', async (mode, setup) => {
		const id = `long${mode}`;
		const snippet = emitSnippet(request(id), 'curl', { secrets: mode });
		if (!snippet.ok) throw new Error(snippet.error.message);
		expect(snippet.code).toContain('-H @-');
		const run = await bash(setup + snippet.code);
		expect(run.stderr).toBe('');
		expect(run.stdout.trim().split('\n').at(-1)).toBe('200');
		const received = server.requests.find((r) => r.target.startsWith(`/${id}/`));
		const headers = received?.headers.filter(([name]) =>
			/^(accept|authorization|x-after)$/i.test(name),
		);
		expect(headers).toEqual([
			['Accept', 'application/json'],
			['Authorization', `Bearer ${key}`],
			['X-After', 'yes'],
		]);
	});
});
