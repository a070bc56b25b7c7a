/**
 * The /playground/ page as a reader sees it: every control found by its role and accessible name,
 * never by CSS class, so the tests read as what a person does and break when a name changes.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Language } from '../../../src/lib/share/index.ts';
import { sitePage } from './site.ts';

/** Tab names, as shown and as other pages rely on. */
export const languageTabs = {
	curl: 'cURL',
	javascript: 'JavaScript',
	python: 'Python',
	go: 'Go',
} as const satisfies Record<Language, string>;

/** Every credential input by accessible name. */
export const credentialFields = ['Username', 'Password', 'API key', 'Token'] as const;
export type CredentialField = (typeof credentialFields)[number];

/** The secret inputs a canary is typed into (the key-as-username username is the API key field). */
export const secretFields = ['Password', 'API key', 'Token'] as const;

export class PlaygroundPage {
	readonly page: Page;
	readonly root: Locator;

	constructor(page: Page, root?: Locator) {
		this.page = page;
		this.root = root ?? page.locator('main');
	}

	/** Opens /playground/, optionally with a share-link fragment, and waits for the islands. */
	async goto(fragment = ''): Promise<void> {
		await this.page.goto(`${sitePage('/playground/')}${fragment === '' ? '' : `#${fragment}`}`);
		await this.page.waitForFunction(() =>
			['ap-request-builder', 'ap-snippet-tabs', 'ap-response-panel', 'ap-share-link'].every((tag) =>
				customElements.get(tag),
			),
		);
	}

	get api(): Locator {
		return this.root.getByRole('combobox', { name: 'API', exact: true });
	}

	get scheme(): Locator {
		return this.root.getByRole('combobox', { name: 'Scheme', exact: true });
	}

	get format(): Locator {
		return this.root.getByRole('combobox', { name: 'Credentials format', exact: true });
	}

	field(name: CredentialField): Locator {
		return this.root.getByRole('textbox', { name, exact: true });
	}

	get header(): Locator {
		return this.root.getByLabel('Authorization header', { exact: true });
	}

	tab(language: Language): Locator {
		return this.root.getByRole('tab', { name: languageTabs[language], exact: true });
	}

	/** The panel of `language` (shown or not). */
	panel(language: Language): Locator {
		return this.root.locator(`[role="tabpanel"][data-panel="${language}"]`);
	}

	/** The snippet `language` shows once its tab is picked. */
	async snippet(language: Language): Promise<string> {
		await this.tab(language).click();
		return (await this.root.getByRole('tabpanel').locator('pre').textContent()) ?? '';
	}

	get envSwitch(): Locator {
		return this.root.getByRole('switch', { name: 'Use environment variable', exact: true });
	}

	get send(): Locator {
		return this.root.getByRole('button', { name: 'Send', exact: true });
	}

	get response(): Locator {
		return this.root.getByLabel('Response', { exact: true });
	}

	get copyLink(): Locator {
		return this.root.getByRole('button', { name: 'Copy link', exact: true });
	}

	get copySnippet(): Locator {
		return this.root.getByRole('button', { name: 'Copy snippet', exact: true });
	}

	/**
	 * Runs `act` and waits until the island `tag` has finished handling what it caused: its
	 * `data-handled` count has grown and no work is left scheduled (`data-busy` gone). This is the
	 * explicit "done" signal (src/components/kit/settled.ts) that "nothing happened" checks follow.
	 */
	async settled(
		tag: 'ap-snippet-tabs' | 'ap-share-link' | 'ap-response-panel',
		act: () => Promise<void>,
	): Promise<void> {
		const island = this.root.locator(tag).first();
		const handled = async () => Number((await island.getAttribute('data-handled')) ?? '0');
		const before = await handled();
		await act();
		await expect
			.poll(handled, { message: `${tag} finishes handling the input` })
			.toBeGreaterThan(before);
		await expect(island).not.toHaveAttribute('data-busy');
	}

	/** What the clipboard holds (the context must grant clipboard-read). */
	async clipboard(): Promise<string> {
		return this.page.evaluate(() => navigator.clipboard.readText());
	}
}
