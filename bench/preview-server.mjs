// `astro preview` of a built site on 127.0.0.1 and a free port, for measurements that need a
// browser. The port is found by binding port 0 first, so parallel runs never collide.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A TCP port nothing listens on right now, chosen by the OS. */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
			server.close(() => resolve(port));
		});
	});
}

/** Polls `url` until it answers, or throws after `timeoutMs`. */
async function waitUntilUp(url, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`astro preview did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Starts `astro preview` for the site at `root`; resolves to `{ baseURL, stop }`. */
export async function startPreview(root) {
	const port = await freePort();
	const child = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
		detached: true,
	});
	const baseURL = `http://127.0.0.1:${port}`;
	let stopped = false;
	const stop = () => {
		if (stopped || child.pid === undefined) return;
		stopped = true;
		process.off('exit', stop);
		// The group: npx starts astro as a child of its own.
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {
			// Already gone.
		}
	};
	// An interrupted bench must not leave a server behind (run.mjs turns signals into exit).
	process.once('exit', stop);
	try {
		await waitUntilUp(`${baseURL}/`, 60_000);
	} catch (error) {
		stop();
		throw error;
	}
	return { baseURL, stop };
}
