import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { PlaygroundPage, type CredentialField } from './support/playground-page.ts';

/** Which configuration shows each field. */
const fields: readonly {
	readonly name: CredentialField;
	readonly api: string;
	readonly scheme: string;
	readonly format?: string;
}[] = [
	{ name: 'Username', api: 'lemlist', scheme: 'basic', format: 'user-password' },
	{ name: 'Password', api: 'lemlist', scheme: 'basic', format: 'user-password' },
	{ name: 'API key', api: 'lemlist', scheme: 'basic', format: 'empty-username' },
	{ name: 'API key', api: 'leadterra', scheme: 'bearer' },
	{ name: 'Token', api: 'example-api', scheme: 'oauth2' },
];

// Full Unicode, control characters, lone surrogates and the characters that break quoting.
const hostile = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.string({
		unit: fc.constantFrom(
			' ',
			'\t',
			'\u0000',
			'\u200b',
			'\ufeff',
			'"',
			"'",
			'`',
			'$',
			'\\',
			':',
			'£',
			'\ud800',
			'a',
			'Z',
			'9',
			'=',
			'%',
		),
		maxLength: 30,
	}),
	fc.string({ maxLength: 2000 }),
);

for (const field of fields) {
	test(`no console error while 200 random strings are typed into ${field.name} (${field.scheme})`, async ({
		page,
	}) => {
		test.slow();
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(String(error)));
		const playground = new PlaygroundPage(page);
		await playground.goto();
		errors.length = 0; // only what typing causes: a missing favicon is not the islands' doing
		await playground.api.selectOption(field.api);
		await playground.scheme.selectOption(field.scheme);
		if (field.format) await playground.format.selectOption(field.format);
		const input = playground.field(field.name);
		const seed = Date.now();
		const values = fc.sample(hostile, { numRuns: 200, seed });
		// Set through the input's value and an input event, as a paste does: the page sees every character.
		for (const value of values) {
			await input.evaluate((element, text) => {
				(element as HTMLInputElement).value = text;
				element.dispatchEvent(new Event('input', { bubbles: true }));
			}, value);
		}
		// Every island has finished with the last value: the snippets are painted, the answer shown.
		await expect(playground.root.locator('ap-snippet-tabs')).not.toHaveAttribute('data-busy');
		await playground.settled('ap-response-panel', () => playground.send.click());
		expect(errors, `fast-check seed ${seed}`).toEqual([]);
		await expect(playground.header).toHaveText(/^(Authorization: |No header: )/);
	});
}
