// Time the header doctor on 10 KB pastes (target: under 1 ms each), median and p95 per input.
// Figures only, never a timed test: the machine is shared and timings wander.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { diagnose } from '../src/lib/diagnose/index.ts';
import { parseProfile } from '../src/lib/profiles/index.ts';

const size = 10_240;
const fill = (text) => text.repeat(Math.ceil(size / text.length)).slice(0, size);
const b64 = (text) => Buffer.from(text, 'utf8').toString('base64');

/** Representative and hostile 10 KB pastes, one per branch of the doctor. */
export const inputs = [
	[
		'header line, 10 KB token',
		`Authorization: Bearer sk_live_${fill('4eC7p9Qz2Lm8').slice(0, size - 38)}\n`,
	],
	[
		'Basic, 10 KB of Base64',
		`Authorization: Basic ${b64(`:${fill('0f7c2b9e4d1a').slice(0, 7650)}`)}`,
	],
	[
		'Basic, 10 KB, unpadded',
		`Authorization: Basic ${b64(`:${fill('0f7c2b9e4d1a')}`).slice(0, size - 21)}`,
	],
	[
		'cURL, many headers',
		`curl https://api.example.com/v1/users/me \\\n${fill('  -H "X-Trace: abc$def `x`" \\\n  -H “Authorization: Bearer sk_live_abc!” \\\n')}`,
	],
	[
		'cURL, long form body',
		`curl -u :key -d '${fill('code_verifier=abc&client_secret=x&')}' https://x.test`,
	],
	[
		'HTTP response',
		`HTTP/1.1 403 Forbidden\nRetry-After: 30\n\n${fill('{"message":"API rate limit exceeded, redirect_uri"}')}`,
	],
	['URL with a long query', `https://api.example.com/v1?${fill('api_key=abc&page=2&')}`],
	['10 KB of zero-width spaces', `Bearer ${fill('\u200B')}`],
	['10 KB of unclosed $(', `curl -H "Authorization: Bearer ${fill('$(')}`],
	['header block, 500 lines', fill('Accept: */*\nAuthorization: bearer  abc\n')],
	[
		'code setting headers',
		fill("headers = {'Authorization': f'Bearer {token}', 'X-Trace': 'a'}\n"),
	],
];

/**
 * CPU time of this process in milliseconds (microsecond resolution). Wall-clock time on a machine
 * shared by several builds measures the queue for the CPU, not the doctor.
 */
function cpuMilliseconds() {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}

function loadProfile(id) {
	const dir = join(import.meta.dirname, '..', 'src', 'content', 'profiles');
	const file = readdirSync(dir).find((name) => name === `${id}.yaml`);
	return parseProfile(parse(readFileSync(join(dir, file), 'utf8')), file);
}

/** `{ name, median, p95 }` in milliseconds for each input, with the lemlist profile selected. */
export function benchDiagnose(runs = 300) {
	const options = { profile: loadProfile('lemlist'), now: Date.now() };
	return inputs.map(([name, paste]) => {
		for (let i = 0; i < 30; i++) diagnose(paste, options);
		const times = [];
		for (let i = 0; i < runs; i++) {
			const start = cpuMilliseconds();
			diagnose(paste, options);
			times.push(cpuMilliseconds() - start);
		}
		times.sort((a, b) => a - b);
		return { name, median: percentile(times, 0.5), p95: percentile(times, 0.95) };
	});
}

/** Prints the table `npm run bench` shows. */
export function printDiagnoseBench() {
	console.log('\nHeader doctor on 10 KB pastes (CPU ms per call, target < 1)');
	console.log('input                              median     p95');
	for (const row of benchDiagnose())
		console.log(
			`${row.name.padEnd(32)} ${row.median.toFixed(3).padStart(8)} ${row.p95.toFixed(3).padStart(8)}`,
		);
}

if (import.meta.url === `file://${process.argv[1]}`) printDiagnoseBench();
