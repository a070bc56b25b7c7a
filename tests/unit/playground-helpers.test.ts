import { afterEach, describe, expect, test, vi } from 'vitest';
import { readLanguage, storageKeys, writeLanguage } from '../../src/components/kit/storage.ts';
import { tabIndexForKey } from '../../src/components/kit/tablist.ts';
import { visibleSegments } from '../../src/components/playground/visible-segments.ts';
import { languageLabels } from '../../src/components/kit/snippet-text.ts';
import { snippetLanguages } from '../../src/lib/snippets/index.ts';

test('the tab labels are the snippets library labels', () => {
	expect(languageLabels).toEqual(
		Object.fromEntries(
			Object.entries(snippetLanguages).map(([language, entry]) => [language, entry.label]),
		),
	);
});

describe('tab keys', () => {
	test.each([
		['ArrowRight', 0, 1],
		['ArrowRight', 3, 0],
		['ArrowLeft', 0, 3],
		['ArrowDown', 2, 3],
		['ArrowUp', 1, 0],
		['Home', 2, 0],
		['End', 1, 3],
		['Enter', 1, undefined],
		['a', 1, undefined],
	])('%s from tab %i of 4 goes to %s', (key, from, to) => {
		expect(tabIndexForKey(key, from, 4)).toBe(to);
	});
});

describe('visible characters', () => {
	test('marks spaces and invisible characters, keeps runs of ordinary text', () => {
		expect(visibleSegments(':a b\u200bc')).toEqual([
			{ text: ':a' },
			{ shown: '·', name: 'space' },
			{ text: 'b' },
			{ shown: '␣', name: 'U+200B' },
			{ text: 'c' },
		]);
	});

	test('joins back to the same number of characters it was given', () => {
		const text = 'key\u00a0with\tstuff £';
		expect(
			visibleSegments(text)
				.map((segment) => ('text' in segment ? segment.text : segment.shown))
				.join(''),
		).toHaveLength(text.length);
	});
});

describe('stored language choice', () => {
	afterEach(() => vi.unstubAllGlobals());

	function memoryStorage(initial: Record<string, string> = {}): Storage {
		const data = new Map(Object.entries(initial));
		return {
			getItem: (key: string) => data.get(key) ?? null,
			setItem: (key: string, value: string) => void data.set(key, value),
			removeItem: (key: string) => void data.delete(key),
			clear: () => data.clear(),
			key: () => null,
			get length() {
				return data.size;
			},
		};
	}

	test('reads back a language it wrote, under its namespaced key', () => {
		const storage = memoryStorage();
		vi.stubGlobal('localStorage', storage);
		writeLanguage('go');
		expect(storage.getItem(storageKeys.language)).toBe('go');
		expect(readLanguage()).toBe('go');
	});

	test.each(['', 'cobol', '<script>', 'curl '])('ignores the stored value %j', (value) => {
		vi.stubGlobal('localStorage', memoryStorage({ [storageKeys.language]: value }));
		expect(readLanguage()).toBeUndefined();
	});

	test('never throws when storage is blocked or full', () => {
		const blocked = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
		};
		vi.stubGlobal('localStorage', blocked);
		expect(readLanguage()).toBeUndefined();
		expect(() => writeLanguage('python')).not.toThrow();
	});
});
