/**
 * Starts the real mock API server as a reader does, `npm run mock-api`, with PORT=0, and reads
 * the port it prints. The npm process and its node child run in their own process group, which
 * `stop` ends (and only that group).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

export interface MockApiProcess {
	readonly origin: string;
	/** Everything the server printed so far (its request log). */
	readonly output: () => string;
	readonly alive: () => boolean;
	readonly stop: () => void;
	/** Resolves once the output so far satisfies `ready` (checked on every chunk the server prints). */
	readonly waitFor: (ready: (output: string) => boolean) => Promise<void>;
}

export interface MockApiOptions {
	/** MOCK_API_TEST_MODE=1: the device grant's approval endpoint and 1 s polling. */
	readonly testMode?: boolean;
}

/** `npm run mock-api` on a free port, resolved once it prints where it listens. */
export function startMockApi(options: MockApiOptions = {}): Promise<MockApiProcess> {
	const env = {
		...process.env,
		PORT: '0',
		...(options.testMode ? { MOCK_API_TEST_MODE: '1' } : {}),
	};
	const child: ChildProcess = spawn('npm', ['run', '--silent', 'mock-api'], {
		cwd: root,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let output = '';
	const waiting = new Set<() => void>();
	child.stdout!.on('data', (chunk: Buffer) => {
		output += chunk.toString();
		for (const check of waiting) check();
	});
	const waitFor = (ready: (text: string) => boolean) =>
		new Promise<void>((resolve) => {
			const check = () => {
				if (!ready(output)) return;
				waiting.delete(check);
				resolve();
			};
			waiting.add(check);
			check();
		});
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const stop = () => {
		if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
	};
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			stop();
			reject(new Error(`npm run mock-api did not start:\n${output}`));
		}, 80_000);
		child.stdout!.on('data', () => {
			const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
			if (match) {
				clearTimeout(timer);
				resolve({
					origin: match[1]!,
					output: () => output,
					alive: () => child.exitCode === null,
					stop,
					waitFor,
				});
			}
		});
		child.on('exit', (code) =>
			reject(new Error(`npm run mock-api exited with ${code}:\n${output}`)),
		);
	});
}
