// What a simulated API's keys look like: the prefix a new key copies (declared in the profile or
// visible in the example key), the alphabet and length of its random part, and the environments
// a key can be created in. Real profiles, plus a few made-up ones for shapes none of them has.
import { describe, expect, test } from 'vitest';
import {
	generateKeyValue,
	keyEnvironments,
	keyPrefixOf,
} from '../../src/lib/mock-api/key-format.ts';
import type { Profile } from '../../src/lib/profiles/index.ts';
import { seededRandom } from '../support/mock-world.ts';
import { loadProfile } from '../support/profiles.ts';

/** A real profile with another example key (and so another key shape). */
function withExample(id: string, exampleKey: string): Profile {
	return { ...loadProfile(id), exampleKey };
}

describe('a new key value', () => {
	test.each([
		['lemlist: 32 hex digits', loadProfile('lemlist'), null, /^[0-9a-f]{32}$/],
		['LeadConduit: 10 decimal digits', loadProfile('leadconduit'), null, /^[0-9]{10}$/],
		[
			'Figma: its example prefix, 16 hex digits',
			loadProfile('figma'),
			null,
			/^figma_[0-9a-f]{16}$/,
		],
		['Leadterra live', loadProfile('leadterra'), 'live', /^sk_live_[A-Za-z0-9]{22}$/],
		['Leadterra test', loadProfile('leadterra'), 'test', /^sk_test_[A-Za-z0-9]{22}$/],
		[
			'Leadterra with no environment: the example key prefix',
			loadProfile('leadterra'),
			null,
			/^sk_test_[A-Za-z0-9]{22}$/,
		],
		[
			'a short example key: at least 10 random characters',
			withExample('lemlist', 'ab12'),
			null,
			/^[0-9a-f]{10}$/,
		],
		[
			'an example key of letters: letters and digits',
			withExample('lemlist', 'key_QWERTYqwerty'),
			null,
			/^key_[A-Za-z0-9]{12}$/,
		],
		[
			'an example key with two underscored words: both kept as its prefix',
			withExample('lemlist', 'acme_live_0123456789'),
			null,
			/^acme_live_[0-9]{10}$/,
		],
	] as const)('%s', (_name, profile, environment, shape) => {
		const random = seededRandom(7);
		const values = Array.from({ length: 20 }, () => generateKeyValue(profile, random, environment));
		for (const value of values) expect(value).toMatch(shape);
		expect(new Set(values).size).toBe(values.length);
	});

	test('draws from the whole alphabet of its shape, not only part of it', () => {
		const random = seededRandom(3);
		const lemlist = loadProfile('lemlist');
		const letters = new Set(
			Array.from({ length: 50 }, () => generateKeyValue(lemlist, random, null))
				.join('')
				.split(''),
		);
		expect([...letters].sort().join('')).toBe('0123456789abcdef');
	});
});

test.each([
	['an example key ending in a digit: letters beyond hex too', 'example-api', /[g-zG-Z]/, true],
	['an example key starting with a letter: not only hex', 'figma', /[g-zG-Z]/, false],
	['an example key of digits: digits only', 'leadconduit', /\D/, false],
])('a new key value for %s', (_name, id, pattern, found) => {
	const random = seededRandom(11);
	const profile = loadProfile(id);
	const joined = Array.from({ length: 20 }, () => generateKeyValue(profile, random, null))
		.map((value) => value.slice(keyPrefixOf(profile, value).length))
		.join('');
	expect(pattern.test(joined)).toBe(found);
});

describe('the environments a key can be created in', () => {
	test.each([
		['leadterra', ['live', 'test']],
		['example-api', []],
		['lemlist', []],
		['figma', []],
	])('for %s are %j', (id, environments) => {
		expect(keyEnvironments(loadProfile(id))).toEqual(environments);
	});
});

describe('the prefix of a key', () => {
	test.each([
		['leadterra', 'sk_live_abc', 'sk_live_'],
		['leadterra', 'sk_test_abc', 'sk_test_'],
		['leadterra', 'pk_live_abc', ''],
		['example-api', 'ex_live_abc', 'ex_live_'],
		['figma', 'figma_abc', 'figma_'],
		['lemlist', '0f7c2b9e', ''],
	])('on %s, of %s, is %j', (id, value, prefix) => {
		expect(keyPrefixOf(loadProfile(id), value)).toBe(prefix);
	});
});
