import { expect, test } from '@playwright/test';
import { buildBasicRequest } from '../../src/lib/auth/index.ts';
import { headerValue } from '../../src/lib/http/index.ts';
import { languages } from '../../src/lib/share/index.ts';
import { emitSnippets } from '../../src/lib/snippets/index.ts';
import { loadProfile } from '../support/profiles.ts';
import { PlaygroundPage } from './support/playground-page.ts';

test.use({ javaScriptEnabled: false });

test('with JavaScript disabled the initial header and all four snippets are present and correct', async ({
	page,
}) => {
	await page.goto('/playground/');
	const playground = new PlaygroundPage(page);
	const profile = loadProfile('lemlist');
	const built = buildBasicRequest(profile, { variant: 'empty-username', key: profile.exampleKey });
	if (!built.ok) throw new Error('the example key was refused');
	await expect(playground.api).toHaveValue('lemlist');
	await expect(playground.field('API key')).toHaveValue(profile.exampleKey);
	await expect(playground.header).toHaveText(
		`Authorization: ${headerValue(built.request.headers, 'Authorization')}`,
	);
	const expected = emitSnippets(built.request);
	if (!expected.ok) throw new Error(expected.error.message);
	for (const language of languages) {
		expect(await playground.panel(language).locator('pre').textContent(), language).toBe(
			expected.snippets[language],
		);
	}
	await expect(playground.panel('curl')).toBeVisible();
	await expect(page.getByRole('figure', { name: 'How the Basic header is made' })).toContainText(
		`:${profile.exampleKey}`,
	);
});
