/**
 * `<ap-header-doctor>`: diagnoses what is typed in its text area, in the page, and renders the
 * findings. State is the text area itself; the paste is never stored, logged or put in a URL,
 * and it is cleared when the page is left so the browser's history cannot keep it. A link to a
 * finding (`#code&api=…`) scrolls to and highlights that finding's section.
 */
import {
	diagnose,
	findingLink,
	isFindingCode,
	parseFindingFragment,
	type Diagnosis,
	type DoctorProfile,
} from '../../lib/diagnose/index.ts';
import { copyText } from '../kit/clipboard.ts';
import { siteLink } from '../kit/site-link.ts';
import { codeText } from '../kit/code-text.ts';
import { renderFinding } from './render-finding.ts';
import { RequestSnippets } from './request-snippets.ts';

interface Strings {
	readonly empty: string;
	readonly clean: string;
	readonly readAs: string;
	readonly unrecognised: string;
	readonly found: string;
	readonly error: string;
	readonly warning: string;
	readonly info: string;
	readonly errorLabel: string;
	readonly warningLabel: string;
	readonly infoLabel: string;
	readonly where: string;
	readonly copied: string;
	readonly notInlineable: string;
	readonly linkCopied: string;
	readonly copyFailed: string;
	readonly kinds: Readonly<Record<string, string>>;
}

function parseJson<T>(text: string | undefined, fallback: T): T {
	try {
		return text ? (JSON.parse(text) as T) : fallback;
	} catch {
		return fallback;
	}
}

export class ApHeaderDoctor extends HTMLElement {
	#profiles: DoctorProfile[] = [];
	#strings = {} as Strings;
	#diagnosis: Diagnosis = { kind: 'empty', findings: [] };
	#paste = '';
	#snippets: RequestSnippets | undefined;
	#abort: AbortController | undefined;
	readonly #onHash = (): void => this.#showLinkedFinding();
	readonly #onLeave = (): void => this.#forgetPaste();

	connectedCallback(): void {
		this.#profiles = parseJson<DoctorProfile[]>(this.dataset['profiles'], []);
		this.#strings = parseJson<Strings>(this.dataset['strings'], this.#strings);
		this.#abort = new AbortController();
		const section = this.#part('data-request-panel');
		if (section)
			this.#snippets = new RequestSnippets(
				section,
				this.#strings.notInlineable,
				this.#abort.signal,
			);
		this.#input?.addEventListener('input', () => this.#update());
		this.#picker?.addEventListener('change', () => this.#update());
		this.addEventListener('click', (event) => this.#onClick(event));
		window.addEventListener('hashchange', this.#onHash);
		window.addEventListener('pagehide', this.#onLeave);
		this.#showLinkedFinding();
		this.#update();
	}

	disconnectedCallback(): void {
		this.#abort?.abort();
		window.removeEventListener('hashchange', this.#onHash);
		window.removeEventListener('pagehide', this.#onLeave);
	}

	get #input(): HTMLTextAreaElement | null {
		return this.querySelector('#ap-doctor-input');
	}

	get #picker(): HTMLSelectElement | null {
		return this.querySelector('#ap-doctor-api');
	}

	#part<T extends HTMLElement>(name: string): T | null {
		return this.querySelector<T>(`[${name}]`);
	}

	/** Diagnoses the current paste and renders the result. */
	#update(): void {
		this.#paste = this.#input?.value ?? '';
		const profile = this.#profiles.find((candidate) => candidate.id === this.#picker?.value);
		this.#diagnosis = diagnose(this.#paste, { profile, now: Date.now() });
		this.#renderSummary();
		this.#renderCorrected();
		this.#renderFindings();
		this.#snippets?.update(this.#diagnosis.request);
	}

	#renderSummary(): void {
		const summary = this.#part('data-summary');
		if (!summary) return;
		const { kind, findings } = this.#diagnosis;
		const where = this.#strings.kinds?.[kind] ?? '';
		let text = this.#strings.empty;
		if (kind !== 'empty' && findings.length === 0)
			text = this.#strings.clean.replace('{kind}', where);
		if (findings.length > 0) {
			const counts = (['error', 'warning', 'info'] as const)
				.map(
					(severity) =>
						[severity, findings.filter((finding) => finding.severity === severity).length] as const,
				)
				.filter(([, count]) => count > 0)
				.map(([severity, count]) => `${count} ${this.#strings[severity]}${count === 1 ? '' : 's'}`);
			const total = `${findings.length} finding${findings.length === 1 ? '' : 's'}`;
			text = this.#strings.found
				.replace('{count}', total)
				.replace('{kind}', where)
				.replace('{detail}', counts.join(', '));
		}
		if (kind === 'unrecognised')
			text = this.#strings.unrecognised.replace(
				'{tried}',
				(this.#diagnosis.tried ?? []).join(', '),
			);
		else if (this.#diagnosis.readAs)
			text = `${this.#strings.readAs.replace('{shape}', this.#diagnosis.readAs)} ${text}`;
		// Rewriting an unchanged live region would announce it again on every keystroke.
		if (summary.textContent !== text) summary.textContent = text;
	}

	#renderCorrected(): void {
		const panel = this.#part('data-corrected-panel');
		const value = this.#part('data-corrected');
		if (!panel || !value) return;
		const corrected = this.#diagnosis.correctedHeader;
		panel.hidden = corrected === undefined;
		value.textContent = corrected ?? '';
	}

	#renderFindings(): void {
		const list = this.#part('data-findings');
		const panel = this.#part('data-findings-panel');
		const template = this.#part<HTMLTemplateElement>('data-finding-template');
		if (!list || !panel || !template) return;
		const labels = {
			severity: {
				error: this.#strings.errorLabel,
				warning: this.#strings.warningLabel,
				info: this.#strings.infoLabel,
			},
			where: this.#strings.where,
		};
		list.replaceChildren(
			...this.#diagnosis.findings.map((finding, index) =>
				renderFinding(template, finding, index, this.#paste, labels, (code, part) =>
					codeText(this, 'doctor', code, part),
				),
			),
		);
		panel.hidden = this.#diagnosis.findings.length === 0;
	}

	#onClick(event: Event): void {
		const button = (event.target as Element | null)?.closest('button');
		if (!button || !this.contains(button)) return;
		if (button.dataset['action'] === 'copy-corrected')
			void this.#copy(this.#diagnosis.correctedHeader ?? '', this.#strings.copied);
		const index = Number(button.closest<HTMLElement>('[data-index]')?.dataset['index']);
		const finding = this.#diagnosis.findings[index];
		if (button.dataset['action'] === 'copy-link' && finding) {
			const link = findingLink(location.origin + siteLink('/'), finding.code, {
				api: this.#picker?.value || undefined,
				kind: this.#diagnosis.kind === 'empty' ? undefined : this.#diagnosis.kind,
			});
			button.dataset['link'] = link;
			void this.#copy(link, this.#strings.linkCopied.replace('{link}', link));
		}
		if (button.dataset['action'] === 'select' && finding) {
			this.#input?.focus();
			this.#input?.setSelectionRange(
				finding.position,
				finding.position + Math.max(1, finding.length),
			);
		}
		if (button.dataset['example'] !== undefined)
			this.#tryExample(button.dataset['example'], button.dataset['exampleProfile']);
	}

	async #copy(text: string, done: string): Promise<void> {
		const status = this.#part('data-copy-status');
		const copied = text !== '' && (await copyText(text, this));
		if (status) status.textContent = copied ? done : this.#strings.copyFailed;
	}

	/** Puts a documented example (from the findings' content, never from a URL) in the text area. */
	#tryExample(code: string, profileId: string | undefined): void {
		const input = this.#input;
		const text = this.querySelector<HTMLElement>(`[data-example="${CSS.escape(code)}"]`)?.dataset[
			'exampleText'
		];
		if (!input || !isFindingCode(code) || text === undefined) return;
		input.value = text;
		if (this.#picker) this.#picker.value = profileId ?? '';
		this.#update();
		input.focus();
	}

	/** Scrolls to and highlights the section a `#code&api=…` fragment names, and picks its API. */
	#showLinkedFinding(): void {
		const target = parseFindingFragment(location.hash);
		for (const section of this.querySelectorAll('.ap-finding-ref.is-highlighted'))
			section.classList.remove('is-highlighted');
		if (!target) return;
		const section = this.querySelector<HTMLElement>(`#${CSS.escape(target.code)}`);
		if (target.api && this.#picker && this.#profiles.some((profile) => profile.id === target.api)) {
			this.#picker.value = target.api;
			this.#update();
		}
		if (!section) return;
		section.classList.add('is-highlighted');
		section.scrollIntoView({ block: 'start' });
		section.focus({ preventScroll: true });
	}

	/** Empties the text area when the page is left, so neither the back-forward cache nor form restore keeps the paste. */
	#forgetPaste(): void {
		if (this.#input) this.#input.value = '';
		this.#update();
	}
}
