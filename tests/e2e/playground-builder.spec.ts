import { expect, test } from '@playwright/test';
import { buildBasicRequest, buildBearerRequest } from '../../src/lib/auth/index.ts';
import { emitSnippets } from '../../src/lib/snippets/index.ts';
import { languages } from '../../src/lib/share/index.ts';
import { headerValue, type ApiRequest } from '../../src/lib/http/index.ts';
import { loadProfile } from '../support/profiles.ts';
import { PlaygroundPage } from './support/playground-page.ts';

function authorizationLine(request: ApiRequest): string {
	return `Authorization: ${headerValue(request.headers, 'Authorization')}`;
}

test('typing a key updates the header and all four snippets, each exactly as the core builds them', async ({
	page,
}) => {
	const playground = new PlaygroundPage(page);
	await playground.goto();
	const key = `k3y-${Date.now()}`;
	await playground.field('API key').fill(key);
	const built = buildBasicRequest(loadProfile('lemlist'), { variant: 'empty-username', key });
	if (!built.ok) throw new Error('the core refused a plain key');
	await expect(playground.header).toHaveText(authorizationLine(built.request));
	const expected = emitSnippets(built.request);
	if (!expected.ok) throw new Error(expected.error.message);
	for (const language of languages)
		expect(await playground.snippet(language)).toBe(expected.snippets[language]);
	await playground.envSwitch.click();
	const inline = emitSnippets(built.request, { secrets: 'inline' });
	if (!inline.ok) throw new Error(inline.error.message);
	for (const language of languages)
		expect(await playground.snippet(language)).toBe(inline.snippets[language]);
});

const profileDefaults = [
	['lemlist', 'Basic', 'Key as password, empty username (:KEY)', ['API key']],
	['leadconduit', 'Basic', 'Key as password, any username (name:KEY)', ['Username', 'API key']],
	['leadterra', 'Bearer', undefined, ['API key']],
	['example-api', 'Bearer', undefined, ['API key']],
] as const;

for (const [id, scheme, format, fields] of profileDefaults)
	test(`${id} opens on ${scheme} with its own credentials format and fields`, async ({ page }) => {
		const playground = new PlaygroundPage(page);
		await playground.goto();
		const profile = loadProfile(id);
		await playground.api.selectOption(id);
		await expect(playground.scheme.locator('option:checked')).toHaveText(scheme);
		if (format) await expect(playground.format.locator('option:checked')).toHaveText(format);
		else await expect(playground.format).toBeHidden();
		for (const name of ['Username', 'Password', 'API key', 'Token'] as const) {
			if ((fields as readonly string[]).includes(name))
				await expect(playground.field(name)).toBeVisible();
			else await expect(playground.field(name)).toBeHidden();
		}
		await expect(playground.field('API key')).toHaveValue(profile.exampleKey);
		const built =
			profile.auth.scheme === 'bearer'
				? buildBearerRequest(profile, profile.exampleKey)
				: buildBasicRequest(profile, {
						variant: 'any-username',
						username: 'API',
						key: profile.exampleKey,
					});
		if (!built.ok) throw new Error('example key refused');
		if (id !== 'lemlist')
			await expect(playground.header).toHaveText(authorizationLine(built.request));
	});

test('the Basic steps show the joined credentials with spaces made visible, the UTF-8 bytes and the Base64', async ({
	page,
}) => {
	const playground = new PlaygroundPage(page);
	await playground.goto();
	await playground.format.selectOption('user-password');
	await playground.field('Username').fill('Aladdin');
	await playground.field('Password').fill('open sesame£');
	const steps = page.getByRole('figure', { name: 'How the Basic header is made' });
	await expect(steps).toContainText('Aladdin:open·sesame£');
	await expect(steps).toContainText('(20 characters)');
	await expect(steps.getByTitle('space')).toHaveCount(1);
	await expect(steps).toContainText(
		'41 6c 61 64 64 69 6e 3a 6f 70 65 6e 20 73 65 73 61 6d 65 c2 a3',
	);
	await expect(steps).toContainText('(21 bytes: some characters take more than one byte)');
	await expect(steps).toContainText('QWxhZGRpbjpvcGVuIHNlc2FtZcKj');
	await expect(playground.header).toHaveText('Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZcKj');
});

test('a Bearer key shows the environment its prefix names', async ({ page }) => {
	const playground = new PlaygroundPage(page);
	await playground.goto();
	await playground.api.selectOption('leadterra');
	await playground.field('API key').fill('sk_live_abc123');
	await expect(page.getByText(/^Environment: live\./)).toBeVisible();
	await playground.field('API key').fill('sk_test_abc123');
	await expect(page.getByText(/^Environment: test\./)).toBeVisible();
	await playground.field('API key').fill('pk_abc123');
	await expect(page.getByText(/^Environment: unknown\./)).toBeVisible();
});

test('an invalid value shows its code, position and fix next to the field, and the outputs say why they are empty', async ({
	page,
}) => {
	const playground = new PlaygroundPage(page);
	await playground.goto();
	const key = playground.field('API key');
	await key.fill('abc\u200bdef');
	await expect(key).toHaveAttribute('aria-invalid', 'true');
	await expect(key).toHaveAccessibleDescription(
		/invisible-character at position 3:.*Fix: Delete the invisible character/,
	);
	await expect(playground.header).toHaveText(
		/^No header: The API key contains the invisible character .*U\+200B/,
	);
	await expect(playground.panel('curl')).toContainText(
		'No snippet until the credentials are fixed',
	);
	await playground.send.click();
	await expect(
		page.getByText(/^Nothing sent: The API key contains the invisible character/),
	).toBeVisible();
	await key.fill('abcdef');
	await expect(key).not.toHaveAttribute('aria-invalid', 'true');
	await expect(playground.header).toHaveText('Authorization: Basic OmFiY2RlZg==');
});

test('secret inputs opt out of spellcheck, autofill and password managers', async ({ page }) => {
	const playground = new PlaygroundPage(page);
	await playground.goto();
	for (const name of ['Password', 'API key', 'Token'] as const) {
		const input = page
			.locator('ap-request-builder')
			.getByRole('textbox', { name, exact: true, includeHidden: true });
		for (const [attribute, value] of [
			['spellcheck', 'false'],
			['autocomplete', 'off'],
			['data-1p-ignore', ''],
			['data-lpignore', 'true'],
			['data-bwignore', ''],
			['data-form-type', 'other'],
		]) {
			await expect(input, `${name} ${attribute}`).toHaveAttribute(attribute!, value!);
		}
	}
});
