/**
 * What the `ap-oauth-flow` element runs once a reader reaches for it (oauth-flow-element.ts loads
 * this module on intent): reads the form, asks src/lib for the flow's requests and sends them to
 * the simulated API of the page (page-world.ts), step by step.
 *
 * Design note: the flow's state (the pending authorization request, the code, the tokens) lives in
 * private fields, in memory only. Any change to the form starts a new flow, since state and
 * verifier belong to one authorization request; a step pressed while a flow is starting waits for
 * it. Every view is built from nodes and textContent.
 */
import { codeText } from '../kit/code-text.ts';
import {
	cryptoRandomBytes,
	parseTokenResponse,
	type AuthorizationRequest,
	type TokenSet,
} from '../../lib/auth/index.ts';
import { requestText, type ApiRequest, type ApiResponse } from '../../lib/http/index.ts';
import type { Profile } from '../../lib/profiles/index.ts';
import {
	apiRequest,
	authorizationRequest,
	exchangeRequest,
	formIssues,
	maskTokenBody,
	oauthInputs,
	readConsent,
	startAuthorization,
	urlParameters,
	type OAuthForm,
} from '../../lib/flows/index.ts';
import { announce, copyText } from '../kit/clipboard.ts';
import { showIssues } from '../kit/field-issues.ts';
import { pageProfiles } from '../kit/page-data.ts';
import { pageWorld } from '../kit/page-world.ts';
import { renderResponse } from '../kit/response-view.ts';
import {
	consentAnnouncement,
	consentOutcome,
	describeResponse,
	tokenOutcome,
} from './oauth-outcome.ts';
import { madeInBrowser, oauthTexts } from './oauth-text.ts';
import { parameterRows } from './oauth-view.ts';

export class OAuthFlowController {
	readonly #root: HTMLElement;
	readonly #profile: Profile;
	#pending: AuthorizationRequest | null = null;
	#code: string | null = null;
	#tokens: TokenSet | null = null;
	/** Bumped by every new flow, so a slow SHA-256 or answer for an old flow is dropped. */
	#flow = 0;
	/** The flow starting now: a step pressed meanwhile waits for its URL. */
	#starting: Promise<void> = Promise.resolve();

	constructor(root: HTMLElement, profile: Profile) {
		this.#root = root;
		this.#profile = profile;
	}

	/** The profile of `root` (its `data-profile`), from the page's data; none if it is unknown. */
	static profileOf(root: HTMLElement): Profile | undefined {
		return pageProfiles().get(root.dataset['profile'] ?? '');
	}

	/** Starts a new flow from the form (after an edit); `message` is announced once it has a URL. */
	start(message?: string): Promise<void> {
		return (this.#starting = this.#begin(message));
	}

	/** Starts a new flow and says so: earlier codes no longer fit it. */
	regenerate(): Promise<void> {
		return this.start(
			'A new state and code verifier were generated; earlier codes no longer fit this flow.',
		);
	}

	/** An auth issue code's fix, from the templates the server rendered into this island. */
	#fixOf(code: string): string {
		return codeText(this.#root, 'auth', code, 'fix');
	}

	#el<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.#root.querySelector<T>(selector)!;
	}

	#input(name: string): HTMLInputElement {
		return this.#el<HTMLInputElement>(`[data-input="${name}"]`);
	}

	#form(): OAuthForm {
		const value = (name: string) => this.#input(name).value;
		const method =
			this.#el<HTMLSelectElement>('[data-method]').value === 'client_secret_post'
				? 'client_secret_post'
				: 'client_secret_basic';
		return {
			clientId: value('clientId'),
			clientSecret: value('clientSecret'),
			redirectUri: value('redirectUri'),
			scopes: value('scopes'),
			method,
			legacyPlain: this.#el<HTMLInputElement>('[data-plain]').checked,
		};
	}

	/** A new flow from the form: issues in place, a fresh URL, later steps cleared. */
	async #begin(message?: string): Promise<void> {
		const profile = this.#profile;
		const flow = ++this.#flow;
		const form = this.#form();
		const issues = formIssues(profile, form);
		for (const input of oauthInputs)
			showIssues(
				this.#input(input),
				this.#el(`[data-field="${input}"] [data-issues]`),
				issues[input],
			);
		showIssues(
			this.#el<HTMLInputElement>('[data-plain]'),
			this.#el('[data-pkce-issues] [data-issues]'),
			issues.pkce,
		);
		this.#el('[data-plain-warning]').hidden = !form.legacyPlain;
		this.#pending = null;
		this.#code = null;
		this.#tokens = null;
		this.#resetLaterSteps();
		const pending = await startAuthorization(profile, form, cryptoRandomBytes, Date.now);
		if (flow !== this.#flow) return;
		this.#pending = pending;
		this.#renderAuthorization(pending);
		this.#renderTokenRequest();
		if (message && pending) announce(this.#el('[data-status]'), message);
	}

	#renderAuthorization(pending: AuthorizationRequest | null): void {
		const url = this.#el('[data-url]');
		url.textContent = pending ? pending.url : oauthTexts.urlBlocked;
		url.toggleAttribute('data-empty', !pending);
		url.removeAttribute('data-pending');
		for (const selector of ['[data-approve]', '[data-deny]'])
			this.#el<HTMLButtonElement>(selector).disabled = !pending;
		this.#el('[data-verifier]').textContent = pending ? pending.codeVerifier : '—';
		const rows = pending
			? parameterRows(urlParameters(pending.url), pending.codeChallengeMethod)
			: [];
		this.#el('[data-parameters]').replaceChildren(...rows);
		const scopes = this.#profile.oauth?.scopes ?? [];
		const asked =
			urlParameters(pending?.url ?? '')
				.find(([name]) => name === 'scope')?.[1]
				.split(' ') ?? [];
		const described = asked
			.map((name) => scopes.find((scope) => scope.name === name)?.description ?? name)
			.join(' ');
		this.#el('[data-consent-prompt]').textContent =
			`${this.#profile.name} asks the signed-in user whether ${this.#form().clientId} may: ${described}`;
	}

	#resetLaterSteps(): void {
		for (const selector of ['[data-consent-result]', '[data-token-result]', '[data-api-result]'])
			this.#el(selector).hidden = true;
		this.#el<HTMLButtonElement>('[data-exchange]').disabled = true;
		this.#el<HTMLButtonElement>('[data-call]').disabled = true;
		this.#el('[data-api-request]').textContent = oauthTexts.noTokenYet;
	}

	/** The token request as it will be sent: with the real code once there is one. */
	#renderTokenRequest(): ApiRequest | undefined {
		const verifier = this.#pending?.codeVerifier ?? madeInBrowser.codeVerifier;
		const built = exchangeRequest(
			this.#profile,
			this.#form(),
			{ codeVerifier: verifier },
			this.#code ?? oauthTexts.placeholderCode,
		);
		const note = this.#code ? 'The code from step 2 is in the body. ' : `${oauthTexts.noCodeYet} `;
		this.#el('[data-token-request]').textContent = built.ok
			? requestText(built.request)
			: `No token request: ${built.errors[0]?.message ?? ''} Fix: ${built.errors[0] ? this.#fixOf(built.errors[0].code) : ''}`;
		this.#el('[data-token-request-note]').textContent =
			`${note}The client secret is masked here; the request carries it whole.`;
		return built.ok ? built.request : undefined;
	}

	async #send(request: ApiRequest, consent?: 'approve' | 'deny'): Promise<ApiResponse> {
		const world = await pageWorld(this.#profile);
		if (consent && world.world.consent !== consent) world.replace({ ...world.world, consent });
		return world.send(request);
	}

	/** Step 2: the simulated user approves or denies; the browser comes back to the client. */
	async consent(decision: 'approve' | 'deny'): Promise<void> {
		await this.#starting;
		const pending = this.#pending;
		if (!pending) return;
		const flow = this.#flow;
		const response = await this.#send(authorizationRequest(pending.url), decision);
		if (flow !== this.#flow) return;
		const result = readConsent(response, pending, Date.now());
		this.#code = result.kind === 'code' ? result.code : null;
		this.#tokens = null;
		renderResponse(this.#el('[data-consent-response]'), response);
		const outcome = consentOutcome(result, (code) => this.#fixOf(code));
		this.#el('[data-consent-outcome]').textContent = outcome;
		this.#el('[data-consent-result]').hidden = false;
		this.#el('[data-token-result]').hidden = true;
		this.#el('[data-api-result]').hidden = true;
		const request = this.#renderTokenRequest();
		this.#el<HTMLButtonElement>('[data-exchange]').disabled = !(this.#code && request);
		this.#el<HTMLButtonElement>('[data-call]').disabled = true;
		announce(this.#el('[data-status]'), consentAnnouncement(result), 8000);
	}

	/** Step 3: the code for tokens. */
	async exchange(): Promise<void> {
		await this.#starting;
		const request = this.#renderTokenRequest();
		if (!this.#code || !request) return;
		const flow = this.#flow;
		const response = await this.#send(request);
		if (flow !== this.#flow) return;
		const parsed = parseTokenResponse(response.body, Date.now());
		this.#tokens = parsed.ok ? parsed : null;
		renderResponse(this.#el('[data-token-response]'), {
			...response,
			body: maskTokenBody(response.body),
		});
		const outcome = tokenOutcome(response, parsed, Date.now(), (code) => this.#fixOf(code));
		this.#el('[data-token-outcome]').textContent = outcome;
		this.#el('[data-token-result]').hidden = false;
		const call = this.#tokens ? apiRequest(this.#profile, this.#tokens.accessToken) : undefined;
		this.#el('[data-api-request]').textContent = call?.ok
			? requestText(call.request)
			: oauthTexts.noTokenYet;
		this.#el<HTMLButtonElement>('[data-call]').disabled = !call?.ok;
		announce(
			this.#el('[data-status]'),
			`Step 3 done: the token endpoint answered ${response.status} ${response.statusText}.`,
			8000,
		);
	}

	/** Step 4: the API, with the access token. */
	async call(): Promise<void> {
		if (!this.#tokens) return;
		const call = apiRequest(this.#profile, this.#tokens.accessToken);
		if (!call.ok) return;
		const flow = this.#flow;
		const response = await this.#send(call.request);
		if (flow !== this.#flow) return;
		renderResponse(this.#el('[data-api-response]'), response);
		const described = await describeResponse(response, this.#profile, (code, part) =>
			codeText(this.#root, 'mock', code, part),
		);
		this.#el('[data-api-outcome]').textContent = described.text;
		const reference = this.#el<HTMLAnchorElement>('[data-api-reference]');
		this.#el('[data-api-reference-line]').hidden = !described.reference;
		if (described.reference) {
			reference.href = described.reference.href;
			reference.textContent = described.reference.label;
		}
		this.#el('[data-api-result]').hidden = false;
		announce(
			this.#el('[data-status]'),
			`Step 4 done: the API answered ${response.status} ${response.statusText}.`,
			8000,
		);
	}

	/** Copies the authorization URL, once the flow starting has one. */
	async copyUrl(): Promise<void> {
		await this.#starting;
		const status = this.#el('[data-status]');
		if (!this.#pending) return announce(status, 'Nothing to copy: fix the fields first.');
		const copied = await copyText(this.#pending.url, this.#root);
		announce(
			status,
			copied ? 'Authorization URL copied.' : 'Copying failed: select the URL and copy it by hand.',
		);
	}
}
