/**
 * The OAuth grant flow behind `ap-oauth-grants`, loaded when a reader picks the OAuth scheme: it
 * keeps one grant session (src/lib/flows/oauth-grants.ts) over a mock-API world of its own with
 * a simulated clock ("Let the access token expire" moves it instead of waiting), and renders each
 * step's snippets, its answer and the token status.
 *
 * Design note: tokens, the code and the verifier live in the session, in memory only; they are
 * shown masked, and written whole only into an inline snippet the reader asked for. Everything
 * is rendered with textContent or built nodes.
 */
import { codeText } from '../kit/code-text.ts';
import { pageProfiles } from '../kit/page-data.ts';
import {
	cryptoRandomBytes,
	errorsOf,
	parseScope,
	validateClientId,
	validateRedirectUri,
	type AuthIssue,
	type OAuthClient,
} from '../../lib/auth/index.ts';
import {
	decideAsThePerson,
	grantSteps,
	maskTokenBody,
	newSession,
	revokeCurrentGrant,
	runStep,
	startAuthorization,
	stepRequest,
	validateClientSecret,
	withAuthorization,
	type FlowGrant,
	type FlowStep,
	type GrantSession,
	type GrantSettings,
} from '../../lib/flows/index.ts';
import type { ApiResponse } from '../../lib/http/index.ts';
import { createWorld, demoClients } from '../../lib/mock-api/index.ts';
import type { Profile } from '../../lib/profiles/index.ts';
import { simulatedClock, type SimulatedClock } from '../../lib/rate-limit/index.ts';
import type { Language } from '../../lib/share/index.ts';
import { renderTokens } from '../kit/code-view.ts';
import { setHidden, setText } from '../kit/dom-write.ts';
import { showIssues } from '../kit/field-issues.ts';
import { renderResponse } from '../kit/response-view.ts';
import { setBusy } from '../kit/settled.ts';
import { siteLink } from '../kit/site-link.ts';
import { stepSnippets } from './grant-step-snippets.ts';
import { clientKinds, tokenStatus, type ClientKind } from './oauth-grants-text.ts';

const inputs = ['clientId', 'clientSecret', 'redirectUri', 'scopes'] as const;
type Input = (typeof inputs)[number];

export class GrantsController {
	readonly #root: HTMLElement;
	readonly #profile: Profile;
	readonly #clock: SimulatedClock;
	#session: GrantSession;
	#useEnv = true;
	/** Bumped by every new authorization request, so an old one finishing late is dropped. */
	#generation = 0;
	/** Authorization requests still being made: steps wait for the last one. */
	#authorizing = 0;

	constructor(root: HTMLElement, profile: Profile) {
		this.#root = root;
		this.#profile = profile;
		this.#clock = simulatedClock(Date.now);
		this.#session = newSession(
			createWorld(profile, { clock: this.#clock.now, random: cryptoRandomBytes }),
		);
	}

	/** The profile `id` from the page's data, if the page has it. */
	static profileOf(id: string): Profile | undefined {
		return pageProfiles().get(id);
	}

	async start(signal: AbortSignal): Promise<void> {
		this.#select('[data-grant]').addEventListener('change', () => this.#onGrant(), { signal });
		this.#select('[data-client]').addEventListener('change', () => this.#onClientKind(), {
			signal,
		});
		for (const name of inputs)
			this.#input(name).addEventListener('input', () => void this.#onEdit(name), { signal });
		for (const section of this.#root.querySelectorAll<HTMLElement>('[data-step]')) {
			const step = section.dataset['step'] as FlowStep;
			section
				.querySelector('[data-send]')
				?.addEventListener('click', () => void this.#run(step), { signal });
			section
				.querySelector('[data-reuse]')
				?.addEventListener('click', () => void this.#run(step, true), { signal });
		}
		this.#root
			.querySelector('[data-approve]')
			?.addEventListener('click', () => this.#decide('approve'), { signal });
		this.#root
			.querySelector('[data-deny]')
			?.addEventListener('click', () => this.#decide('deny'), { signal });
		this.#root
			.querySelector('[data-expire]')
			?.addEventListener('click', () => this.#expire(), { signal });
		this.#root
			.querySelector('[data-revoke]')
			?.addEventListener('click', () => this.#update(revokeCurrentGrant(this.#session)), {
				signal,
			});
		// Every step's environment switch acts on all steps at once.
		for (const input of this.#root.querySelectorAll<HTMLInputElement>('[data-use-env]'))
			input.addEventListener('change', () => this.useEnv(input.checked), { signal });
		this.#onClientKind();
		await this.#authorize();
	}

	/** Writes every snippet again with or without environment variables. */
	useEnv(on: boolean): void {
		this.#useEnv = on;
		for (const input of this.#root.querySelectorAll<HTMLInputElement>('[data-use-env]'))
			input.checked = on;
		this.#render();
	}

	#select(selector: string): HTMLSelectElement {
		return this.#root.querySelector<HTMLSelectElement>(selector)!;
	}

	#input(name: Input): HTMLInputElement {
		return this.#root.querySelector<HTMLInputElement>(`[data-input="${name}"]`)!;
	}

	get #grant(): FlowGrant {
		return this.#select('[data-grant]').value as FlowGrant;
	}

	get #kind(): ClientKind {
		return this.#select('[data-client]').value as ClientKind;
	}

	#settings(reuseRefreshToken = false): GrantSettings {
		const method = clientKinds[this.#kind].method;
		const client: OAuthClient = {
			clientId: this.#input('clientId').value,
			clientSecret: this.#input('clientSecret').value,
			method,
		};
		return {
			client,
			redirectUri: this.#input('redirectUri').value,
			scopes: parseScope(this.#input('scopes').value).scopes,
			reuseRefreshToken,
		};
	}

	/** The device grant is for a public device app; the others start from the demo client of the chosen kind. */
	#onGrant(): void {
		if (this.#grant === 'device_code') this.#select('[data-client]').value = 'public';
		if (this.#grant !== 'refresh_token') this.#onClientKind();
		else this.#render();
	}

	#onClientKind(): void {
		const clients = demoClients(this.#profile);
		const wanted =
			this.#grant === 'device_code'
				? `${this.#profile.id}-device`
				: this.#kind === 'public'
					? `${this.#profile.id}-spa`
					: `${this.#profile.id}-web-app`;
		const client = clients.find((candidate) => candidate.clientId === wanted) ?? clients[0];
		this.#input('clientId').value = client?.clientId ?? '';
		this.#input('clientSecret').value = client?.clientSecret ?? '';
		this.#root.querySelector<HTMLElement>('[data-field="clientSecret"]')!.hidden =
			this.#kind === 'public';
		void this.#onEdit('clientId');
	}

	#issues(): Record<Input, AuthIssue[]> {
		const known = this.#profile.oauth?.scopes.map((scope) => scope.name) ?? [];
		return {
			clientId: validateClientId(this.#input('clientId').value),
			clientSecret:
				this.#kind === 'public' ? [] : validateClientSecret(this.#input('clientSecret').value),
			redirectUri: validateRedirectUri(this.#input('redirectUri').value),
			scopes: parseScope(this.#input('scopes').value, known).issues,
		};
	}

	async #onEdit(name: Input): Promise<void> {
		const issues = this.#issues();
		for (const input of inputs)
			showIssues(
				this.#input(input),
				document.getElementById(`${this.#input(input).id}-issues`)!,
				issues[input],
			);
		// State and verifier belong to one authorization request: a new client, URI or scope starts one.
		if (name !== 'clientSecret') await this.#authorize();
		else this.#render();
	}

	/**
	 * A new authorization request (state, verifier, challenge: async, crypto.subtle). Until it is
	 * ready the steps cannot run, and the island says it is busy: a click in between would run a
	 * step on the request about to be replaced, whose result the new request then clears.
	 */
	async #authorize(): Promise<void> {
		const generation = ++this.#generation;
		this.#authorizing++;
		setBusy(this.#root, true);
		try {
			await this.#newAuthorization(generation);
		} finally {
			this.#authorizing--;
			setBusy(this.#root, this.#authorizing > 0);
			this.#render();
		}
	}

	async #newAuthorization(generation: number): Promise<void> {
		const issues = this.#issues();
		const blocked =
			errorsOf([...issues.clientId, ...issues.redirectUri, ...issues.scopes]).length > 0;
		const form = {
			clientId: this.#input('clientId').value,
			clientSecret: '',
			redirectUri: this.#input('redirectUri').value,
			scopes: this.#input('scopes').value,
			method: 'client_secret_basic' as const,
			legacyPlain: false,
		};
		const pending = blocked
			? null
			: await startAuthorization(this.#profile, form, cryptoRandomBytes, this.#clock.now);
		if (generation !== this.#generation) return;
		this.#session = withAuthorization(this.#session, pending ?? undefined);
	}

	async #run(step: FlowStep, reuse = false): Promise<void> {
		this.#update(await runStep(this.#session, this.#grant, step, this.#settings(reuse)));
	}

	#decide(decision: 'approve' | 'deny'): void {
		this.#update(decideAsThePerson(this.#session, decision));
		const line = this.#root.querySelector<HTMLElement>('[data-user-code]');
		if (line)
			setText(
				line,
				decision === 'approve'
					? 'The person approved: the next poll gets the tokens.'
					: 'The person denied: the next poll gets access_denied.',
			);
	}

	#expire(): void {
		const expiresAt = this.#session.tokens?.expiresAt;
		if (expiresAt !== undefined) this.#clock.advanceTo(expiresAt);
		this.#render();
	}

	#update(session: GrantSession): void {
		this.#session = session;
		this.#render();
	}

	#render(): void {
		const steps: readonly FlowStep[] = grantSteps[this.#grant];
		for (const section of this.#root.querySelectorAll<HTMLElement>('[data-step]')) {
			const step = section.dataset['step'] as FlowStep;
			setHidden(section, !steps.includes(step));
			if (steps.includes(step)) this.#renderStep(section, step);
		}
		const tokens = this.#session.tokens;
		const record = this.#session.world.oauth.accessTokens.find(
			(candidate) => candidate.token === tokens?.accessToken,
		);
		setText(
			this.#root.querySelector<HTMLElement>('[data-token-status]')!,
			tokenStatus(tokens?.expiresAt, this.#clock.now(), record?.revokedAt != null),
		);
		const device = this.#session.device;
		const line = this.#root.querySelector<HTMLElement>('[data-user-code]');
		if (line && device && !line.textContent)
			setText(line, `The person opens ${device.verificationUri} and types ${device.userCode}.`);
	}

	#renderStep(section: HTMLElement, step: FlowStep): void {
		const built = stepRequest(this.#session, step, this.#settings());
		const outcomes = stepSnippets(built, this.#useEnv, (code) =>
			codeText(this.#root, 'snippets', code, 'fix'),
		);
		const waiting = section.querySelector<HTMLElement>('[data-waiting]')!;
		const reason = outcomes.curl.ok ? '' : outcomes.curl.reason;
		setText(waiting, reason);
		setHidden(waiting, reason === '');
		for (const panel of section.querySelectorAll<HTMLElement>('[data-grant-panel]')) {
			const outcome = outcomes[panel.dataset['grantPanel'] as Language];
			const code = panel.querySelector<HTMLElement>('[data-code]')!;
			// Coloured like every snippet, from the emitters' tokens; repainted only when it changed.
			if (code.textContent !== (outcome.ok ? outcome.code : ''))
				renderTokens(code, outcome.ok ? outcome.tokens : []);
		}
		section.querySelector<HTMLButtonElement>('[data-send]')!.disabled =
			!built.ok || this.#authorizing > 0;
		const result = this.#session.results[step];
		setHidden(section.querySelector<HTMLElement>('[data-result]')!, !result);
		if (!result) return;
		renderResponse(section.querySelector<HTMLElement>('[data-response]')!, shown(result.response));
		renderOutcome(
			section.querySelector<HTMLElement>('[data-outcome]')!,
			result.response,
			result.ok,
		);
	}
}

/** The response as shown: tokens and device codes masked. */
function shown(response: ApiResponse): ApiResponse {
	return { ...response, body: maskTokenBody(response.body) };
}

/** One line on what the answer means, with its entry on /reference/errors/ when it is an error. */
function renderOutcome(element: HTMLElement, response: ApiResponse, ok: boolean): void {
	const code = response.errorCode;
	const lead = ok
		? code
			? `${response.status} ${code}: keep going.`
			: `${response.status}: this step worked.`
		: `${response.status}${code ? ` ${code}` : ''}: this step failed; the steps after it were cleared.`;
	if (!code) return void element.replaceChildren(lead);
	const link = document.createElement('a');
	link.href = siteLink(`/reference/errors/#${code}`);
	link.textContent = `What ${code} means`;
	element.replaceChildren(`${lead} `, link);
}
