import { describe, expect, test } from 'vitest';
import { PlaygroundStore, StoreChangeEvent } from '../../src/components/kit/playground-store.ts';
import { defaultState } from '../../src/lib/share/index.ts';
import { loadProfiles } from '../support/profiles.ts';

// The page store starts from the server-rendered state and loads the code that builds requests
// only when a reader needs it; what is asked for before must not be lost, and what comes after
// must happen on the keystroke.
const profiles = loadProfiles();
const lemlist = profiles.get('lemlist')!;

function newStore() {
	const store = new PlaygroundStore(profiles, defaultState(lemlist));
	const events: StoreChangeEvent[] = [];
	store.addEventListener('change', (event) => events.push(event as StoreChangeEvent));
	return { store, events };
}

describe('the page store', () => {
	test('knows the server-rendered state and its API before any request is built', () => {
		const { store } = newStore();
		expect(store.state).toEqual(defaultState(lemlist));
		expect(store.profile.id).toBe('lemlist');
		expect(store.snapshot).toBeUndefined();
	});

	test('applies edits asked for before the build code arrives, in order, once it does', async () => {
		const { store, events } = newStore();
		store.update({ apiKey: 'a' });
		store.update({ apiKey: 'ab' });
		store.update({ profile: 'leadterra' });
		expect(events).toEqual([]);
		const snapshot = await store.ready();
		expect(events.map((event) => [...event.changed].sort())).toEqual([
			['apiKey'],
			['apiKey'],
			expect.arrayContaining(['profile', 'scheme']),
		]);
		expect([snapshot.profile.id, snapshot.state.scheme, snapshot.state.apiKey]).toEqual([
			'leadterra',
			'bearer',
			'ab',
		]);
		expect(snapshot.built.request?.headers).toContainEqual(['Authorization', 'Bearer ab']);
	});

	test('applies an edit synchronously once the build code is there', async () => {
		const { store, events } = newStore();
		await store.ready();
		store.update({ apiKey: 'typed' });
		expect(store.snapshot?.state.apiKey).toBe('typed');
		expect(events.at(-1)?.snapshot.built.request?.headers).toContainEqual([
			'Authorization',
			`Basic ${btoa(':typed')}`,
		]);
	});
});
