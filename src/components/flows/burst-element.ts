/**
 * The `ap-burst` element: at load it only keeps the tiers, the default count and the sentence on
 * what a burst sends in step with the page's API (it may change on the playground), and puts a
 * tier the reader picks into the page's store. Reading the numbers, sending the burst, the
 * countdown and the projection (burst-run.ts) load on the reader's first focus or pointer over
 * the island; an input or a press that comes first waits for the same load, so nothing is lost.
 */
import { defaultCount, tierLabel, tierOf } from '../../lib/rate-limit/tiers.ts';
import { forgetOnFailure, loadOnce, onIntent } from '../kit/intent.ts';
import { storeFor, type PlaygroundStore, type StoreChangeEvent } from '../kit/playground-store.ts';
import { sendsText } from './burst-text.ts';
import type { BurstRun } from './burst-run.ts';

const loadRun = loadOnce(() => import('./burst-run.ts'));

export class ApBurst extends HTMLElement {
	#abort: AbortController | undefined;
	#store: PlaygroundStore | undefined;
	#run: Promise<BurstRun> | undefined;
	/** Whether the reader typed a count (then a tier change keeps it). */
	#countTyped = false;

	connectedCallback(): void {
		this.#store = storeFor(this);
		this.#abort = new AbortController();
		const { signal } = this.#abort;
		this.#syncProfile();
		this.#store.addEventListener(
			'change',
			(event) => {
				if ((event as StoreChangeEvent).changed.has('profile')) this.#syncProfile();
			},
			{ signal },
		);
		onIntent(this, () => this.#runner(), signal);
		this.#el('[data-tier]').addEventListener('change', () => this.#onTier(), { signal });
		this.#el('[data-count]').addEventListener(
			'input',
			() => {
				this.#countTyped = true;
				this.#act((run) => run.check());
			},
			{ signal },
		);
		this.#el('[data-spacing]').addEventListener('input', () => this.#act((run) => run.check()), {
			signal,
		});
		const clicks: [string, (run: BurstRun) => unknown][] = [
			['[data-send-burst]', (run) => run.send()],
			['[data-skip]', (run) => run.skip()],
			['[data-send-one]', (run) => run.sendOne()],
			['[data-redraw]', (run) => run.project()],
		];
		for (const [selector, action] of clicks)
			this.#el(selector).addEventListener('click', () => this.#act(action), { signal });
	}

	disconnectedCallback(): void {
		this.#abort?.abort();
		void this.#run?.then((run) => run.stop());
	}

	#el<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	/** The island's actions, loaded once; every caller waits for the same load, in order. */
	#runner(): Promise<BurstRun> {
		const store = this.#store!;
		// The run reads the built request: the store's build code loads alongside.
		return (this.#run ??= forgetOnFailure(
			Promise.all([loadRun(), store.ready()]).then(([{ BurstRun }]) => new BurstRun(this, store)),
			() => (this.#run = undefined),
		));
	}

	#act(action: (run: BurstRun) => unknown): void {
		void this.#runner().then(action);
	}

	/** Tiers, endpoint and default count of the API the page's request is for (it may change on the playground). */
	#syncProfile(): void {
		const { profile, state } = this.#store!;
		const select = this.#el<HTMLSelectElement>('[data-tier]');
		const tiers = profile.rateLimit?.tiers ?? [];
		const names = [...select.options].map((option) => option.value);
		if (names.join('\n') !== tiers.map((tier) => tier.name).join('\n')) {
			select.replaceChildren(...tiers.map((tier) => new Option(tierLabel(tier), tier.name)));
			if (!this.#countTyped)
				this.#el<HTMLInputElement>('[data-count]').value = String(
					defaultCount(tierOf(profile, state.tier)),
				);
		}
		select.value = tierOf(profile, state.tier)?.name ?? '';
		select.disabled = tiers.length === 0;
		this.#el<HTMLButtonElement>('[data-send-burst]').disabled = tiers.length === 0;
		this.#el('[data-sends]').textContent = sendsText(profile);
	}

	#onTier(): void {
		const name = this.#el<HTMLSelectElement>('[data-tier]').value;
		this.#store?.update({ tier: name });
		const profile = this.#store?.profile;
		if (!this.#countTyped && profile)
			this.#el<HTMLInputElement>('[data-count]').value = String(
				defaultCount(tierOf(profile, name)),
			);
		this.#act((run) => run.check());
	}
}
