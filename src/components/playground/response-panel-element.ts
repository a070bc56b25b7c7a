/**
 * The `ap-response-panel` element: "Send" runs the store's current request through the page's
 * simulated API (page-world.ts), or plays the chosen Scenario (scenario-send.ts), and shows the
 * answer, what it means, its error reference and the doctor's findings behind it; "Send as
 * typed" sends the request exactly as typed. Once the request changes, the old answer goes.
 * Nothing leaves the browser.
 */
import { storeFor, type PlaygroundStore } from '../kit/playground-store.ts';
import { setText } from '../kit/dom-write.ts';
import { markHandled } from '../kit/settled.ts';
import { siteLink } from '../kit/site-link.ts';
import { explanation, renderResponse, simulatorNote } from '../kit/response-view.ts';
import { statusLine } from '../../lib/http/index.ts';
import { normalScenario, sendFor } from './scenario-send.ts';
import { relatedFindings } from '../../lib/codes/cross-maps.ts';
import { codeText } from '../kit/code-text.ts';

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
		// A response belongs to the inputs it answered: once they change, it goes.
		store.addEventListener('change', () => this.#sync(), { signal });
		this.#sync();
	}

	/** The Scenario options of the current API, its value, the second button, and no stale answer. */
	#sync(): void {
		const { state, profile, built } = this.#store!.snapshot;
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
		const snapshot = this.#store.snapshot;
		const { built, profile } = snapshot;
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const attempt = ++this.#sending;
		const answer = await sendFor(snapshot, typed);
		if (!answer) {
			const first = built.errors[0];
			status.textContent = `Nothing sent: ${first ? first.message : 'there is no request yet.'} Fix the field, or press Send as typed to see how the API answers it.`;
			return markHandled(this);
		}
		const { response } = answer;
		const { errorCodes } = await import('../../lib/mock-api/index.ts');
		// Two quick clicks: show the answer to the last one only.
		if (attempt !== this.#sending) return;
		const entry =
			response.errorCode && response.errorCode in errorCodes
				? errorCodes[response.errorCode as keyof typeof errorCodes]
				: undefined;
		renderResponse(this.querySelector<HTMLElement>('[data-response]')!, response);
		const code = response.errorCode;
		const known =
			entry && code
				? { cause: codeText(this, 'mock', code, 'cause'), fix: codeText(this, 'mock', code, 'fix') }
				: undefined;
		const text = explanation(response, profile, known);
		this.querySelector<HTMLElement>('[data-explanation]')!.textContent = text.text;
		this.#line('[data-fix]', text.fix ? `Fix: ${text.fix}` : undefined);
		this.#line('[data-note]', simulatorNote(response.errorCode, profile) ?? response.explanation);
		this.#line('[data-scenario-note]', answer.note ? `Scenario: ${answer.note}` : undefined);
		this.#findings(response.errorCode);
		const reference = this.querySelector<HTMLAnchorElement>('[data-reference]')!;
		this.querySelector<HTMLElement>('[data-reference-line]')!.hidden = !entry;
		if (entry && response.errorCode) {
			reference.href = siteLink(`/reference/errors/#${response.errorCode}`);
			reference.textContent = `${entry.title} (${response.errorCode}) in the error reference`;
		}
		this.querySelector<HTMLElement>('[data-result]')!.hidden = false;
		status.textContent = `${profile.name} answered ${statusLine(response).replace('HTTP/1.1 ', '')}.`;
		markHandled(this);
	}

	/** Links to the doctor's findings that explain the code (the registry's explainedBy, src/lib/codes). */
	#findings(code: string | undefined): void {
		const findings = code ? relatedFindings(code) : [];
		const links = findings.flatMap((finding, index) => {
			const link = document.createElement('a');
			link.href = siteLink(`/troubleshooting/#${finding}`);
			link.textContent = finding;
			return index === 0 ? [link] : [', ', link];
		});
		this.querySelector<HTMLElement>('[data-findings]')!.replaceChildren(...links);
		this.querySelector<HTMLElement>('[data-findings-line]')!.hidden = findings.length === 0;
	}

	#line(selector: string, text: string | undefined): void {
		const line = this.querySelector<HTMLElement>(selector)!;
		line.hidden = text === undefined;
		line.textContent = text ?? '';
	}
}
