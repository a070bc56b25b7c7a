/**
 * `npm run mock-api`: every API profile served on 127.0.0.1 through the mock API, so that a
 * generated snippet can be run for real. PORT picks the port (default 8787; 0 for any free one).
 * MOCK_API_TEST_MODE=1 adds the test-only approval endpoint of the device grant (see mock-api-server.ts).
 * Run by Node 24 directly (type stripping), which is why everything it imports is erasable
 * TypeScript with explicit `.ts` extensions.
 */
import { getRandomValues } from 'node:crypto';
import { join } from 'node:path';
import { approvalPath, createMockServer, loadProfileFiles } from './mock-api-server.ts';
import { localBaseUrl, localUrl } from '../src/lib/mock-api/index.ts';

const defaultPort = 8787;
const portText = process.env['PORT'] ?? String(defaultPort);
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65535) {
	console.error(`PORT must be a number from 0 to 65535, not "${portText}".`);
	process.exit(2);
}

const testMode = process.env['MOCK_API_TEST_MODE'] === '1';
const profiles = loadProfileFiles(join(import.meta.dirname, '..', 'src', 'content', 'profiles'));
const server = createMockServer({
	profiles,
	clock: () => Date.now(),
	random: (length) => getRandomValues(new Uint8Array(length)),
	log: (line) => console.log(line),
	testMode,
});

server.on('error', (error: NodeJS.ErrnoException) => {
	console.error(
		error.code === 'EADDRINUSE'
			? `Port ${port} is in use; set PORT to another one (PORT=0 picks a free port).`
			: `The mock API server failed: ${error.message}`,
	);
	process.exit(1);
});

server.listen(port, '127.0.0.1', () => {
	const address = server.address();
	const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
	console.log(`Mock API listening on ${origin}`);
	for (const profile of profiles) {
		console.log(
			`  ${profile.name}: ${profile.sampleEndpoint.method} ${localBaseUrl(profile, origin)}${profile.sampleEndpoint.path}  (${profile.auth.scheme === 'apiKey' ? `key in the ${profile.auth.name} ${profile.auth.in === 'header' ? 'header' : 'query parameter'}` : profile.auth.scheme === 'basic' ? 'Basic' : 'Bearer'}; the example key from /apis/${profile.id}/ works)`,
		);
		if (profile.oauth)
			console.log(
				`    OAuth: ${localUrl(profile, profile.oauth.authorizationEndpoint, origin)}  ${localUrl(profile, profile.oauth.tokenEndpoint, origin)}`,
			);
		const device = profile.oauth?.grants.includes('device_code')
			? profile.oauth.deviceAuthorizationEndpoint
			: undefined;
		if (device)
			console.log(
				`    Device authorization: ${localUrl(profile, device, origin)}${testMode ? `  (test mode: POST ${origin}${approvalPath(profile.id)} user_code=…&decision=approve)` : ''}`,
			);
	}
	console.log(
		'Each request is logged as: method, path, status, error code (see /reference/errors/#<code>). Ctrl+C stops.',
	);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		server.close();
		server.closeAllConnections();
		process.exit(0);
	});
}
