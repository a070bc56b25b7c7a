/**
 * The `ap-response-panel` element: "Send" runs the store's current request through the page's
 * simulated API (page-world.ts) and shows the answer, what it means and its error reference;
 * once the request changes, it says the answer shown is stale. Nothing leaves the browser.
 */
import { storeFor, type PlaygroundStore } from '../kit/playground-store.ts';
import { pageWorld } from '../kit/page-world.ts';
import { setText } from '../kit/dom-write.ts';
import { siteLink } from '../kit/site-link.ts';
import { explanation, renderResponse, simulatorNote } from '../kit/response-view.ts';
import { statusLine } from '../../lib/http/index.ts';

export class ApResponsePanel extends HTMLElement {
	#store: PlaygroundStore | undefined;
	#abort: AbortController | undefined;
	#sending = 0;

	connectedCallback(): void {
		const store = (this.#store = storeFor(this));
		this.#abort = new AbortController();
		const { signal } = this.#abort;
		this.querySelector('[data-send]')?.addEventListener('click', () => void this.#send(), {
			signal,
		});
		// A response describes the request it answered: once the request changes, say so.
		store.addEventListener('change', () => this.#markStale(), { signal });
	}

	disconnectedCallback(): void {
		this.#abort?.abort();
	}

	#markStale(): void {
		const result = this.querySelector<HTMLElement>('[data-result]')!;
		if (!result.hidden)
			setText(
				this.querySelector<HTMLElement>('[data-status]')!,
				'The request has changed since this response. Send again to see the new answer.',
			);
	}

	async #send(): Promise<void> {
		if (!this.#store) return;
		const { built, profile } = this.#store.snapshot;
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		if (!built.request) {
			const first = built.errors[0];
			status.textContent = `Nothing sent: ${first ? first.message : 'there is no request yet.'} Fix the field first.`;
			return;
		}
		const attempt = ++this.#sending;
		const world = await pageWorld(profile);
		const response = await world.send(built.request);
		const { errorCodes } = await import('../../lib/mock-api/index.ts');
		// Two quick clicks: show the answer to the last one only.
		if (attempt !== this.#sending) return;
		const entry =
			response.errorCode && response.errorCode in errorCodes
				? errorCodes[response.errorCode as keyof typeof errorCodes]
				: undefined;
		renderResponse(this.querySelector<HTMLElement>('[data-response]')!, response);
		const text = explanation(response, profile, entry);
		this.querySelector<HTMLElement>('[data-explanation]')!.textContent = text.text;
		this.#line('[data-fix]', text.fix ? `Fix: ${text.fix}` : undefined);
		this.#line('[data-note]', simulatorNote(response.errorCode, profile));
		const reference = this.querySelector<HTMLAnchorElement>('[data-reference]')!;
		this.querySelector<HTMLElement>('[data-reference-line]')!.hidden = !entry;
		if (entry && response.errorCode) {
			reference.href = siteLink(`/reference/errors/#${response.errorCode}`);
			reference.textContent = `${entry.title} (${response.errorCode}) in the error reference`;
		}
		this.querySelector<HTMLElement>('[data-result]')!.hidden = false;
		status.textContent = `${profile.name} answered ${statusLine(response).replace('HTTP/1.1 ', '')}.`;
	}

	#line(selector: string, text: string | undefined): void {
		const line = this.querySelector<HTMLElement>(selector)!;
		line.hidden = text === undefined;
		line.textContent = text ?? '';
	}
}
