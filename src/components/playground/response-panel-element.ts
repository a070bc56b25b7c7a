/**
 * The `ap-response-panel` element: "Send" runs the store's current request through the page's
 * simulated API, or plays the chosen Scenario, and shows the answer with what it means, its error
 * reference and the doctor's findings behind it (response-send.ts, loaded on the reader's first
 * sign of intent or first press); "Send as typed" sends the request exactly as typed. Once the
 * request changes, the old answer goes. Nothing leaves the browser.
 */
import {
	storeFor,
	type PlaygroundStore,
	type Snapshot,
	type StoreChangeEvent,
} from '../kit/playground-store.ts';
import { setText } from '../kit/dom-write.ts';
import { markHandled } from '../kit/settled.ts';
import { loadOnce, onIntent } from '../kit/intent.ts';
import { normalScenario } from './scenario-choice.ts';

const loadSender = loadOnce(() => import('./response-send.ts'));

export class ApResponsePanel extends HTMLElement {
	#store: PlaygroundStore | undefined;
	#abort: AbortController | undefined;
	#sending = 0;

	connectedCallback(): void {
		const store = (this.#store = storeFor(this));
		this.#abort = new AbortController();
		const { signal } = this.#abort;
		this.querySelector('[data-send]')?.addEventListener('click', () => void this.#send(false), {
			signal,
		});
		this.querySelector('[data-send-typed]')?.addEventListener(
			'click',
			() => void this.#send(true),
			{ signal },
		);
		const select = this.querySelector<HTMLSelectElement>('[data-scenario]')!;
		select.addEventListener('change', () => store.update({ scenario: select.value }), { signal });
		onIntent(
			this,
			() => {
				store.signalIntent();
				return loadSender();
			},
			signal,
		);
		// A response belongs to the inputs it answered: once they change, it goes.
		store.addEventListener('change', (event) => this.#sync((event as StoreChangeEvent).snapshot), {
			signal,
		});
		// The server rendered this state; another one (a link, another island's values) needs the build.
		if (JSON.stringify(store.state) !== this.dataset['state'])
			void store.ready().then((snapshot) => this.#sync(snapshot));
	}

	/** The Scenario options of the current API, its value, the second button, and no stale answer. */
	#sync({ state, profile, built }: Snapshot): void {
		const select = this.querySelector<HTMLSelectElement>('[data-scenario]')!;
		const options =
			(JSON.parse(select.dataset['options'] ?? '{}') as Record<string, [string, string][]>)[
				profile.id
			] ?? [];
		if (select.dataset['for'] !== profile.id) {
			const normal = select.options[0]!;
			select.replaceChildren(normal, ...options.map(([code, label]) => new Option(label, code)));
			select.dataset['for'] = profile.id;
		}
		const known =
			state.scenario === normalScenario || options.some(([code]) => code === state.scenario);
		if (!known) this.#store!.update({ scenario: normalScenario });
		select.value = known ? state.scenario : normalScenario;
		this.querySelector<HTMLElement>('[data-send-typed]')!.hidden =
			built.errors.length === 0 || state.scenario !== normalScenario;
		this.#markStale();
	}

	disconnectedCallback(): void {
		this.#abort?.abort();
	}

	#markStale(): void {
		const result = this.querySelector<HTMLElement>('[data-result]')!;
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		// The answer shown and any message about the last Send belonged to other inputs.
		this.#sending++;
		setText(
			status,
			result.hidden
				? ''
				: 'The request changed, so the response to the previous one was cleared. Send again to see the new answer.',
		);
		result.hidden = true;
	}

	async #send(typed: boolean): Promise<void> {
		if (!this.#store) return;
		// A press before the build code arrives sends the request as it stands once it has.
		const snapshot = await this.#store.ready();
		const attempt = ++this.#sending;
		const { sendAndShow } = await loadSender();
		await sendAndShow(this, snapshot, typed, () => attempt === this.#sending);
		// A later press or edit has its own turn to say it was handled (kit/settled.ts).
		if (attempt === this.#sending) markHandled(this);
	}
}
