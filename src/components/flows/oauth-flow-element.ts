/**
 * The `ap-oauth-flow` element. The server renders the form, its issues and the token request's
 * shape, so until a reader reaches for the island there is nothing to run: the flow itself (the
 * fresh state and PKCE verifier, the URL, the simulated server and every step, in
 * oauth-flow-controller.ts) loads on the first focus or pointer over the island. An edit or a
 * press that comes first waits for that load, so nothing typed or clicked is lost.
 */
import { forgetOnFailure, loadOnce, onIntentOrVisible } from '../kit/intent.ts';
import type { OAuthFlowController } from './oauth-flow-controller.ts';

const loadController = loadOnce(() => import('./oauth-flow-controller.ts'));

/** The buttons of the island and what each asks of the flow. */
const presses: readonly [string, (flow: OAuthFlowController) => unknown][] = [
	['[data-regenerate]', (flow) => flow.regenerate()],
	['[data-copy-url]', (flow) => flow.copyUrl()],
	['[data-approve]', (flow) => flow.consent('approve')],
	['[data-deny]', (flow) => flow.consent('deny')],
	['[data-exchange]', (flow) => flow.exchange()],
	['[data-call]', (flow) => flow.call()],
];

export class ApOAuthFlow extends HTMLElement {
	#abort: AbortController | undefined;
	/** The flow, once loaded and started with a first URL; undefined for an unknown profile. */
	#flow: Promise<OAuthFlowController | undefined> | undefined;

	connectedCallback(): void {
		this.#abort = new AbortController();
		const { signal } = this.#abort;
		const act = (action: (flow: OAuthFlowController) => unknown) => () =>
			void this.#ready().then((flow) => flow && action(flow));
		// Every field, the method and the PKCE switch: any edit starts a new flow.
		this.addEventListener(
			'input',
			act((flow) => flow.start()),
			{ signal },
		);
		for (const [selector, action] of presses)
			this.querySelector(selector)?.addEventListener('click', act(action), { signal });
		onIntentOrVisible(this, () => this.#ready(), signal);
	}

	disconnectedCallback(): void {
		this.#abort?.abort();
	}

	/** The flow of this island, loaded and started once. */
	#ready(): Promise<OAuthFlowController | undefined> {
		return (this.#flow ??= forgetOnFailure(
			loadController().then(async ({ OAuthFlowController }) => {
				const profile = OAuthFlowController.profileOf(this);
				if (!profile) return undefined;
				const flow = new OAuthFlowController(this, profile);
				await flow.start();
				return flow;
			}),
			() => (this.#flow = undefined),
		));
	}
}
