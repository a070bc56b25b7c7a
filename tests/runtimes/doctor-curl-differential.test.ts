/**
 * curl as the oracle for the doctor's snippets: each cURL command is run by real curl (through
 * bash) against the recording server, and the JavaScript, Python and Go the doctor writes from the
 * same command (environment-variable mode, the secret in the variable) are run against it too.
 * Method, path, query, the headers the command sets and the body must arrive equal; header order
 * must too where the client keeps it (Node's fetch sends headers in the order written).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { diagnose } from '../../src/lib/diagnose/index.ts';
import { retarget, snippetCase, receivedFor, type CaseRequest } from './support/cases.ts';
import {
	startRecordingServer,
	type RecordedRequest,
	type RecordingServer,
} from './support/recording-server.ts';
import { runSnippets, type Runtime } from './support/run-snippet.ts';

const api = 'https://api.example.com';
const basic = Buffer.from(':0f7c2b9e4d1a8f3b6c5e9a2d7b4f1c8e').toString('base64');

const commands: readonly string[] = [
	`curl '${api}/v1/users/me' -H 'Authorization: Bearer ex_live_7Hq2Lm9Rt4Vw8Zb3'`,
	`curl '${api}/v1/users/me' \\\n  -H 'accept: application/json' \\\n  -H 'accept-language: en-US,en;q=0.9' \\\n  -H 'authorization: Bearer ex_live_7Hq2Lm9Rt4Vw8Zb3' \\\n  -H 'sec-ch-ua: "Chromium";v="124", "Not.A/Brand";v="24"' \\\n  -H 'sec-fetch-site: same-site' \\\n  --compressed`,
	`curl '${api}/v1/users/me' -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0' -H 'Accept: */*' -H 'Accept-Language: en-US,en;q=0.5' -H 'Authorization: Bearer ex_live_7Hq2Lm9Rt4Vw8Zb3' -H 'Connection: keep-alive' -H 'Sec-Fetch-Dest: empty'`,
	`curl -u user:pa55word ${api}/v1/items`,
	`curl --user ':0f7c2b9e4d1a8f3b6c5e9a2d7b4f1c8e' ${api}/api/team`,
	`curl -u 'k3y-as-user:' ${api}/flows`,
	`curl -X POST ${api}/v1/items -H "Authorization: Bearer ex_test_9Wd3Kp7Xq2Lm5Rt8" -d 'a=1&b=2'`,
	`curl ${api}/v1/items -H 'Authorization: Bearer abc123def456' -d 'name=hello world'`,
	`curl ${api}/v1/search -u :key123 --data-urlencode 'q=hello world & more'`,
	`curl ${api}/v1/search -u :key123 --data-urlencode 'city=Zürich' --data-urlencode 'x=a+b/c'`,
	`curl ${api}/v1/items -H 'Authorization: Bearer abc123def456' --json '{"name":"widget","count":3}'`,
	`curl -X PUT ${api}/v1/items/7 -H 'Authorization: Bearer abc123def456' --json '{"name":"gadget"}'`,
	`curl -X DELETE ${api}/v1/items/7 -H 'Authorization: Bearer abc123def456'`,
	`curl -X PATCH ${api}/v1/items/7 -H 'Content-Type: application/json' -H 'Authorization: Bearer abc123def456' -d '{"tags":[1,2]}'`,
	`curl '${api}/v1/items?page=2&per_page=50' -H 'Authorization: Bearer abc123def456'`,
	`curl -G ${api}/v1/items -d page=2 -d sort=asc -H 'Authorization: Bearer abc123def456'`,
	`curl ${api}/v1/items -d a=1 -d b=2 -d c=3 -u :key123`,
	`curl --header 'Authorization: Basic ${basic}' --header 'Accept: application/json' ${api}/api/team`,
	`curl ${api}/v1/me -H 'X-Request-Id: 123e4567-e89b-12d3' -H 'X-Custom: a b  c' -H 'Authorization: Bearer abc123def456'`,
	`curl -A 'my-agent/1.0' ${api}/v1/me -H 'Authorization: Bearer abc123def456'`,
	`curl -e 'https://app.example.com/dashboard' ${api}/v1/me -H 'Authorization: Bearer abc123def456'`,
	`curl -b 'session=abc; theme=dark' ${api}/v1/me -H 'Authorization: Bearer abc123def456'`,
	`curl --basic -u 'api:s3cr3t-Pa55' ${api}/v1/me -H 'Accept: application/xml'`,
	`curl ${api}/v1/items --data-binary '{"k":"v"}' -H 'Content-Type: application/json' -H 'Authorization: Bearer abc123def456'`,
	`curl -X POST ${api}/v1/ping -H 'Authorization: Bearer abc123def456'`,
	`curl --request POST --url ${api}/v1/items --header 'authorization: Bearer abc123def456' --header 'content-type: application/x-www-form-urlencoded' --data 'x=1'`,
	`curl -sS -L ${api}/v1/items -H 'Authorization: Bearer abc123def456' -H 'Accept: application/json' -H 'Accept-Language: de'`,
];

const runtimes: readonly Runtime[] = ['node', 'python', 'go'];
let server: RecordingServer;
const items: CaseRequest[] = [];
const curlOf = (index: number): string => `c${index}`;

function received(id: string): RecordedRequest {
	const request = receivedFor(server.requests, id);
	if (!request) throw new Error(`nothing arrived for ${id}`);
	return request;
}

/** The values of `name` as received (case-insensitive), joined as a server would read them. */
function values(request: RecordedRequest, name: string): string {
	return request.headers
		.filter(([key]) => key.toLowerCase() === name)
		.map(([, value]) => value)
		.join(', ');
}

beforeAll(async () => {
	server = await startRecordingServer();
	const curls = commands.map((command, index) => ({
		id: curlOf(index),
		code: `${command.replaceAll(api, `${server.origin}/${curlOf(index)}`)} -s -o /dev/null`,
	}));
	await runSnippets('bash', curls);
	for (const runtime of runtimes) {
		const batch = commands.map((command, index) => {
			const diagnosis = diagnose(command);
			const request = diagnosis.request?.request;
			if (!request)
				throw new Error(
					`no request for ${command}: ${diagnosis.request?.unsupported ?? 'none read'}`,
				);
			const item = retarget(request, server.origin, `${runtime}${index}`);
			if (runtime === 'node') items.push(item);
			return snippetCase(runtime, item, 'env');
		});
		await runSnippets(runtime, batch);
	}
}, 600_000);

afterAll(async () => {
	await server.close();
});

describe.each(runtimes)('%s', (runtime) => {
	test.each(commands.map((command, index) => [index, command] as const))(
		'sends what curl sends for command %i',
		(index) => {
			const oracle = received(curlOf(index));
			const got = received(`${runtime}${index}`);
			expect(got.method).toBe(oracle.method);
			expect(got.target.slice(`/${runtime}${index}`.length)).toBe(
				oracle.target.slice(`/${curlOf(index)}`.length),
			);
			expect(got.body.toString('hex')).toBe(oracle.body.toString('hex'));
			const named = items[index]!.request.headers.map(([name]) => name.toLowerCase());
			for (const name of named)
				expect([name, values(got, name)]).toEqual([name, values(oracle, name)]);
			if (runtime === 'node') {
				const order = (request: RecordedRequest) =>
					request.headers
						.map(([name]) => name.toLowerCase())
						.filter(
							(name) => named.includes(name) && name !== 'authorization' && name !== 'content-type',
						);
				expect(order(got)).toEqual(order(oracle));
			}
		},
	);
});
