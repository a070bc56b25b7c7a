import { describe, expect, test } from 'vitest';
import { detectKind, maskKey, type InputKind } from '../../src/lib/diagnose/index.ts';
import { b64, run } from './diagnose-support.ts';

describe('input kinds', () => {
	test.each<[string, InputKind]>([
		['', 'empty'],
		['  \n\t', 'empty'],
		['Authorization: Bearer abc123', 'header-line'],
		['authorization:Bearer abc123', 'header-line'],
		['X-Custom: 1\nAuthorization: Bearer abc123', 'header-line'],
		['GET /v1/users/me HTTP/1.1\nAuthorization: Bearer abc123', 'header-line'],
		['Bearer abc123', 'header-value'],
		['user:pass', 'header-value'],
		[':0f7c2b9e', 'header-value'],
		['curl https://x.test', 'curl'],
		['$ curl -X GET -uX:1234567890 https://app.leadconduit.com/flows', 'curl'],
		['API_KEY=abc curl https://x.test', 'curl'],
		['/usr/bin/curl https://x.test', 'curl'],
		['curl.exe https://x.test', 'curl'],
		['HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{}', 'http-response'],
		['HTTP/2 403', 'http-response'],
		['https://api.example.com/v1/users/me', 'url'],
		['  https://api.example.com/v1?x=1  ', 'url'],
		["headers = {'Authorization': 'Bearer abc123'}", 'code'],
		["headers: { 'Authorization': `Bearer ${process.env.API_KEY}` }", 'code'],
		['req.Header.Set("Authorization", "Bearer "+os.Getenv("API_KEY"))', 'code'],
	])('%j is read as %s', (paste, kind) => {
		expect(detectKind(paste)).toBe(kind);
		expect(run(paste).kind).toBe(kind);
	});
});

describe('positions', () => {
	test.each<[string, string, number, number]>([
		['trailing-newline', 'Authorization: Bearer abc123\n', 28, 1],
		['trailing-newline', 'Bearer abc123\n\n', 13, 2],
		['invisible-character', 'Authorization: Bearer abc\u200B123', 25, 1],
		['smart-quotes', 'curl -H “Authorization: Bearer abc123” https://x.test', 8, 1],
		['lowercase-scheme', 'Authorization: bearer abc123', 15, 6],
		['duplicated-scheme', 'Authorization: Bearer Bearer abc123', 22, 7],
		['wrong-header-name', 'Accept: */*\nAuthorisation: Bearer abc123', 12, 13],
		['token-in-query', 'https://x.test/v1?page=2&api_key=abc123', 25, 14],
		['credentials-in-url', 'https://user:pass@x.test/', 8, 10],
		['invalid-token-character', 'Bearer abc,def', 10, 1],
		['rate-limited-403', 'HTTP/1.1 403 Forbidden\nRetry-After: 5\n\n', 9, 3],
		[
			'missing-line-continuation',
			'curl https://x.test\n  -H "Authorization: Bearer abc123"',
			19,
			1,
		],
		['shell-expansion', 'curl -H "Authorization: Bearer abc$def" https://x.test', 34, 4],
		['unencoded-basic', "curl -H 'Authorization: Basic u:p' https://x.test", 30, 3],
		['missing-padding', 'Authorization: Basic OmFiYw', 27, 0],
	])('%s in %j is at %i, length %i', (code, paste, position, length) => {
		const finding = run(paste).findings.find((candidate) => candidate.code === code);
		expect(finding).toMatchObject({ position, length });
	});

	test('a position inside a quoted cURL word maps back through the quotes and continuations', () => {
		const paste = 'curl https://x.test \\\n  -H "Authorization: Bearer abc\u200B123"';
		const finding = run(paste).findings.find(
			(candidate) => candidate.code === 'invisible-character',
		)!;
		expect(paste.slice(finding.position, finding.position + finding.length)).toBe('\u200B');
	});

	test('findings come sorted by position', () => {
		const positions = run('Authorisation: bearer  “abc123”\n').findings.map(
			(finding) => finding.position,
		);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
	});
});

describe('corrected header', () => {
	test.each<[string, string | undefined, string]>([
		['Authorization: Bearer abc123\n', undefined, 'Authorization: Bearer abc123'],
		['Authorization: bearer  "abc123"', undefined, 'Authorization: Bearer abc123'],
		['Bearer Bearer abc123', undefined, 'Authorization: Bearer abc123'],
		['Authorisation: Bearer abc123', undefined, 'Authorization: Bearer abc123'],
		[
			`Authorization: Basic ${b64(':0f7c2b9e\n')}`,
			undefined,
			`Authorization: Basic ${b64(':0f7c2b9e')}`,
		],
		['Basic OmFiYw', undefined, 'Authorization: Basic OmFiYw=='],
		['Basic OmF-Yj9jPg==', undefined, 'Authorization: Basic OmF+Yj9jPg=='],
		['Basic OmFiY2R=', undefined, 'Authorization: Basic OmFiY2Q='],
		['Basic dGVzdDoxMjOj', undefined, 'Authorization: Basic dGVzdDoxMjPCow=='],
		['Basic user:pass', undefined, `Authorization: Basic ${b64('user:pass')}`],
		['Basic 0f7c2b9e4d1a8f3b', 'lemlist', `Authorization: Basic ${b64(':0f7c2b9e4d1a8f3b')}`],
		[
			'Authorization: Bearer 0f7c2b9e4d1a8f3b',
			'lemlist',
			`Authorization: Basic ${b64(':0f7c2b9e4d1a8f3b')}`,
		],
		[
			`Authorization: Basic ${b64('1234567890:')}`,
			'leadconduit',
			`Authorization: Basic ${b64('API:1234567890')}`,
		],
		[
			`Authorization: Basic ${b64(':sk_live_abc123')}`,
			'leadterra',
			'Authorization: Bearer sk_live_abc123',
		],
		[
			'X-API-Key: ex_live_7Hq2Lm9Rt4Vw8Zb3',
			'example-api',
			'Authorization: Bearer ex_live_7Hq2Lm9Rt4Vw8Zb3',
		],
		['sk_live_abc123', 'leadterra', 'Authorization: Bearer sk_live_abc123'],
		[
			'curl -H “Authorization: Bearer abc123” https://x.test',
			undefined,
			'Authorization: Bearer abc123',
		],
		['curl -u " :abc123" https://x.test', undefined, `Authorization: Basic ${b64(':abc123')}`],
		[
			'https://API:1234567890@app.leadconduit.com/flows',
			undefined,
			`Authorization: Basic ${b64('API:1234567890')}`,
		],
		['Bearer abc123,', undefined, 'Authorization: Bearer abc123'],
		[
			`Authorization: Basic ${'OmFiY2RlZmdo'}\naWprbG1u`,
			undefined,
			'Authorization: Basic OmFiY2RlZmdoaWprbG1u',
		],
	])('%j (profile %s) is corrected to %j', (paste, profile, corrected) => {
		expect(run(paste, profile).correctedHeader).toBe(corrected);
	});

	test.each<[string, string | undefined]>([
		['Authorization: Bearer abc123', undefined],
		['Authorization: Bearer YOUR_API_KEY\n', undefined],
		['Authorization: Basic Og==\n', undefined],
		['Bearer sk_live_abc123def456', 'leadterra'],
		['Bearer abc\tdef', undefined],
		['abc123', undefined],
	])(
		'%j (profile %s) gets no corrected header: nothing to repair, or no certain repair',
		(paste, profile) => {
			expect(run(paste, profile).correctedHeader).toBeUndefined();
		},
	);

	test('a finding that repairs a URL carries the repaired URL', () => {
		const finding = run('https://x.test/v1?page=2&api_key=abc123#top').findings.find(
			(candidate) => candidate.code === 'token-in-query',
		);
		expect(finding?.corrected).toBe('https://x.test/v1?page=2#top');
	});
});

describe('secrets in messages', () => {
	test.each<[string, string[]]>([
		['sk_live_4eC7p9Qz2Lm8Rt5Vw', []],
		['0f7c2b9e4d1a8f3b6c5e9a2d7b4f1c8e', ['leadterra']],
		['1234567890', []],
		['abc', []],
	])(
		'maskKey(%j) never shows the whole secret and shows at most its last four characters',
		(secret, prefixes) => {
			const masked = maskKey(secret, prefixes);
			expect(masked).not.toContain(secret);
			expect(masked).toContain('…');
			expect(
				masked.replace(/ \(\d+ characters\)$/, '').replace(/^.*…/, '').length,
			).toBeLessThanOrEqual(4);
		},
	);

	test('a known prefix stays readable: it is not secret', () => {
		expect(maskKey('sk_live_4eC7p9Qz2Lm8Rt5Vw')).toBe('sk_live_…t5Vw');
		expect(maskKey(`sk_live_${'a'.repeat(10_000)}wxyz`)).toBe('sk_live_…wxyz');
	});

	const key = 'sk_live_4eC7p9Qz2Lm8Rt5VwXy';
	test.each([
		`Authorization: Bearer ${key}\n`,
		`Authorization: bearer  "${key}"`,
		`Basic ${key}`,
		`Basic ${b64(`${key}\n`)}`,
		`Basic ${b64(`${key}`)}`,
		`curl -u ${key} https://x.test`,
		`curl -u '${key}:a:' https://x.test`,
		`https://x.test/?api_key=${key}`,
		`https://${key}@x.test/`,
		`Bearer ${key}–`,
	])('no message or fix for %j contains the key', (paste) => {
		for (const finding of run(paste).findings) {
			expect(finding.message).not.toContain(key);
			expect(finding.fix ?? '').not.toContain(key);
			expect(finding.message).not.toContain(key.slice(8, 20));
		}
	});
});
