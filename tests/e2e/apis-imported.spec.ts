import { expect, test } from '@playwright/test';
import { loadProfiles } from '../support/profiles.ts';
import { PlaygroundPage } from './support/playground-page.ts';
import { sitePage } from './support/site.ts';

// Every API imported from an OpenAPI document (npm run profile -- --from-openapi) gets a quickstart
// built like the others: its builder shows the key where the API reads it, the snippets send it
// there, and the simulated API answers the example key with 200 and a wrong key with its 401.
const imported = [...loadProfiles().values()].filter((profile) =>
	profile.assumptions[0]?.startsWith('Made with npm run profile -- --from-openapi'),
);

test('at least one API is imported from its OpenAPI document', () => {
	expect(imported.map((profile) => profile.id)).toContain('figma');
});

for (const profile of imported) {
	test.describe(`the ${profile.name} quickstart (/apis/${profile.id}/)`, () => {
		test.beforeEach(async ({ page }) => {
			await page.goto(sitePage(`/apis/${profile.id}/`));
			await page.waitForFunction(() =>
				['ap-request-builder', 'ap-snippet-tabs', 'ap-response-panel'].every((tag) =>
					customElements.get(tag),
				),
			);
		});

		test("says where the key goes and lists the importer's guesses", async ({ page }) => {
			await expect(
				page.getByRole('heading', { name: `How ${profile.name} authenticates` }),
			).toBeVisible();
			if (profile.auth.scheme === 'apiKey')
				await expect(page.locator('main')).toContainText(
					profile.auth.in === 'header' ? `${profile.auth.name}: KEY` : `?${profile.auth.name}=KEY`,
				);
			await expect(page.locator('main')).toContainText(profile.assumptions[0]!);
		});

		test('builds the key line, snippets that read the key from the environment, and answers 200 then 401', async ({
			page,
		}) => {
			const playground = new PlaygroundPage(page);
			if (profile.auth.scheme === 'apiKey' && profile.auth.in === 'header') {
				await expect(page.getByLabel(`${profile.auth.name} header`, { exact: true })).toHaveText(
					`${profile.auth.name}: ${profile.exampleKey}`,
				);
				const curl = await playground.snippet('curl');
				expect(curl).toContain(`-H "${profile.auth.name}: \${${profile.envVar}}"`);
				expect(curl).not.toContain(profile.exampleKey);
			}
			await playground.send.click();
			await expect(playground.response).toContainText('HTTP/1.1 200 OK');
			await playground.field('API key').fill('not-the-key');
			await playground.send.click();
			await expect(playground.response).toContainText('HTTP/1.1 401 Unauthorized');
			if (profile.auth.scheme === 'apiKey' && !profile.auth.challenge)
				await expect(playground.response).not.toContainText('WWW-Authenticate');
			await expect(playground.response).toContainText(
				profile.errors['invalid-api-key']?.body ?? 'invalid',
			);
		});
	});
}
