/** Worlds for mock-API tests: a pinned, settable clock and a seeded random source. */
import { encodeBase64, utf8Bytes } from '../../src/lib/auth/base64.ts';
import type { ApiRequest, Header } from '../../src/lib/http/index.ts';
import { createWorld, type World, type WorldOptions } from '../../src/lib/mock-api/index.ts';
import type { RandomSource } from '../../src/lib/mock-api/random-text.ts';
import { loadProfile } from './profiles.ts';

/** 2026-03-02T10:00:00.000Z: a whole second, so Date and epoch arithmetic read plainly. */
export const pinnedNow = Date.UTC(2026, 2, 2, 10, 0, 0);

/** A clock the test moves by hand. */
export interface TestClock {
	now: number;
	readonly read: () => number;
}

export function testClock(start = pinnedNow): TestClock {
	const clock = { now: start, read: () => clock.now };
	return clock;
}

/** Deterministic bytes (mulberry32), so generated keys and codes are the same on every run. */
export function seededRandom(seed = 1): RandomSource {
	let state = seed >>> 0;
	return (length) => {
		const bytes = new Uint8Array(length);
		for (let i = 0; i < length; i++) {
			state = (state + 0x6d2b79f5) >>> 0;
			let t = state;
			t = Math.imul(t ^ (t >>> 15), t | 1);
			t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
			bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
		}
		return bytes;
	};
}

/** A fresh world for profile `id` with a test clock. */
export function testWorld(
	id: string,
	options: Partial<WorldOptions> = {},
): { world: World; clock: TestClock } {
	const clock = testClock();
	const world = createWorld(loadProfile(id), {
		clock: clock.read,
		random: seededRandom(),
		...options,
	});
	return { world, clock };
}

/** `Basic base64(text)`, encoded here by hand so tests do not depend on the builders under test. */
export function basic(text: string): string {
	return `Basic ${encodeBase64(utf8Bytes(text))}`;
}

/** The Authorization value a profile's docs tell you to send with `key`. */
export function authorizationFor(world: World, key: string): string {
	const { auth } = world.profile;
	if (auth.scheme === 'apiKey')
		throw new Error(`${world.profile.id} takes its key in ${auth.name}, not in Authorization`);
	if (auth.scheme === 'bearer') return `Bearer ${key}`;
	if (auth.username === 'empty') return basic(`:${key}`);
	if (auth.username === 'key-as-username') return basic(`${key}:`);
	return basic(`${auth.exampleUsername ?? 'user'}:${key}`);
}

/** A request to the profile's sample endpoint with `headers`, plus `query` appended to the URL. */
export function sampleRequest(world: World, headers: readonly Header[], query = ''): ApiRequest {
	const { baseUrl, sampleEndpoint } = world.profile;
	return {
		method: sampleEndpoint.method,
		url: `${baseUrl}${sampleEndpoint.path}${query}`,
		headers: [...sampleEndpoint.headers, ...headers],
	};
}

/** The value of header `name` in a response, or undefined. */
export function field(headers: readonly Header[], name: string): string | undefined {
	return headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
}
