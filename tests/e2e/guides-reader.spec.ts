/**
 * A new reader's path: from the landing page to the lemlist quickstart, build the header with a
 * key of their own, then drop the leading colon and see the 401 explained, with a link to the
 * error reference that lands on the entry.
 */
import { expect, test } from '@playwright/test';
import { readErrorTexts } from '../support/code-texts.ts';

const key = 'my-own-lemlist-key-42';
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

test('a new reader builds the lemlist header and sees why a missing colon gets 401', async ({
	page,
}) => {
	await page.goto('/');
	const main = page.locator('main');
	await main.getByRole('link', { name: /^lemlist \(HTTP Basic\)/ }).click();
	await expect(page).toHaveURL(/\/apis\/lemlist\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'lemlist quickstart' })).toBeVisible();
	await page.waitForFunction(() =>
		['ap-request-builder', 'ap-response-panel'].every((tag) => customElements.get(tag)),
	);

	// Build the header with their own key: an empty username, so ":" + key is encoded.
	await main.getByRole('textbox', { name: 'API key', exact: true }).fill(key);
	const header = main.getByLabel('Authorization header', { exact: true });
	await expect(header).toHaveText(`Authorization: Basic ${base64(`:${key}`)}`);

	// The same key sent the way that works: lemlist has no such key, so 401 invalid-api-key, not a colon problem.
	const send = main.getByRole('button', { name: 'Send', exact: true });
	await send.click();
	const panel = page.locator('ap-response-panel');
	await expect(panel).toContainText('HTTP/1.1 401 Unauthorized');
	await expect(
		panel.getByRole('link', { name: /\(invalid-api-key\) in the error reference/ }),
	).toBeVisible();

	// Drop the leading colon: the key moves in front of it, and lemlist refuses with missing-colon.
	await main
		.getByRole('combobox', { name: 'Credentials format', exact: true })
		.selectOption('key-as-username');
	await expect(header).toHaveText(`Authorization: Basic ${base64(`${key}:`)}`);
	await send.click();
	await expect(panel).toContainText('HTTP/1.1 401 Unauthorized');
	await expect(panel).toContainText('WWW-Authenticate: Basic realm="lemlist API", charset="UTF-8"');
	await expect(panel).toContainText('the credentials must be a colon followed by the API key');
	await expect(panel).toContainText(readErrorTexts()['missing-colon']!.cause);
	await expect(panel).toContainText(`Fix: ${readErrorTexts()['missing-colon']!.fix}`);

	const reference = panel.getByRole('link', { name: /\(missing-colon\) in the error reference/ });
	await expect(reference).toHaveAttribute('href', '/reference/errors/#missing-colon');
	await reference.click();
	await expect(page).toHaveURL(/\/reference\/errors\/#missing-colon$/);
	await expect(page.getByRole('heading', { name: /missing-colon: / })).toBeInViewport();
});
