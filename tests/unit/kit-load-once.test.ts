import { describe, expect, test } from 'vitest';
import { loadOnce } from '../../src/components/kit/intent.ts';

// Islands load their heavier code once, on a reader's first intent; a fetch that fails (a dropped
// connection) must not leave the island dead, and a module a page provides must not be fetched.
describe('loadOnce', () => {
	test('loads once however many callers ask, and gives each the same module', async () => {
		let calls = 0;
		const load = loadOnce(async () => ({ n: ++calls }));
		const [a, b] = await Promise.all([load(), load()]);
		expect(await load()).toBe(a);
		expect(b).toBe(a);
		expect(calls).toBe(1);
	});

	test('forgets a load that failed, so the next call tries again', async () => {
		let calls = 0;
		const load = loadOnce(async () => {
			calls++;
			if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
			return 'module';
		});
		await expect(load()).rejects.toThrow('Failed to fetch');
		expect(await load()).toBe('module');
		expect(await load()).toBe('module');
		expect(calls).toBe(2);
	});

	test('fetches nothing once the page provided the module', async () => {
		let calls = 0;
		const load = loadOnce(async () => `fetched ${++calls}`);
		load.provide('provided');
		expect(await load()).toBe('provided');
		expect(calls).toBe(0);
	});
});
