/**
 * What the response panel does on Send, loaded on the reader's first sign of intent or first
 * press (response-panel-element.ts): sends through the page's simulated API or plays the chosen
 * scenario (scenario-send.ts), then shows the answer, what it means, its error reference and the
 * doctor's findings behind it. Apart from the element so that a page pays for it only once a
 * reader is about to send.
 */
import type { Snapshot } from '../kit/playground-store.ts';
import { setText } from '../kit/dom-write.ts';
import { siteLink } from '../kit/site-link.ts';
import { explanation, renderResponse, simulatorNote } from '../kit/response-view.ts';
import { statusLine } from '../../lib/http/index.ts';
import { sendFor } from './scenario-send.ts';
import { relatedFindings } from '../../lib/codes/cross-maps.ts';
import { codeText } from '../kit/code-text.ts';

/**
 * Sends `snapshot`'s request (built, or as typed) and fills `panel` with the answer, unless
 * `current()` says a later press or an edit made it stale meanwhile.
 */
export async function sendAndShow(
	panel: HTMLElement,
	snapshot: Snapshot,
	typed: boolean,
	current: () => boolean,
): Promise<void> {
	const { built, profile } = snapshot;
	const status = panel.querySelector<HTMLElement>('[data-status]')!;
	const answer = await sendFor(snapshot, typed);
	if (!answer) {
		const first = built.errors[0];
		setText(
			status,
			`Nothing sent: ${first ? first.message : 'there is no request yet.'} Fix the field, or press Send as typed to see how the API answers it.`,
		);
		return;
	}
	const { response } = answer;
	const { errorCodes } = await import('../../lib/mock-api/index.ts');
	// Two quick clicks: show the answer to the last one only.
	if (!current()) return;
	const entry =
		response.errorCode && response.errorCode in errorCodes
			? errorCodes[response.errorCode as keyof typeof errorCodes]
			: undefined;
	renderResponse(panel.querySelector<HTMLElement>('[data-response]')!, response);
	const code = response.errorCode;
	const known =
		entry && code
			? { cause: codeText(panel, 'mock', code, 'cause'), fix: codeText(panel, 'mock', code, 'fix') }
			: undefined;
	const text = explanation(response, profile, known);
	panel.querySelector<HTMLElement>('[data-explanation]')!.textContent = text.text;
	line(panel, '[data-fix]', text.fix ? `Fix: ${text.fix}` : undefined);
	line(panel, '[data-note]', simulatorNote(response.errorCode, profile) ?? response.explanation);
	line(panel, '[data-scenario-note]', answer.note ? `Scenario: ${answer.note}` : undefined);
	findings(panel, response.errorCode);
	const reference = panel.querySelector<HTMLAnchorElement>('[data-reference]')!;
	panel.querySelector<HTMLElement>('[data-reference-line]')!.hidden = !entry;
	if (entry && response.errorCode) {
		reference.href = siteLink(`/reference/errors/#${response.errorCode}`);
		reference.textContent = `${entry.title} (${response.errorCode}) in the error reference`;
	}
	panel.querySelector<HTMLElement>('[data-result]')!.hidden = false;
	status.textContent = `${profile.name} answered ${statusLine(response).replace('HTTP/1.1 ', '')}.`;
}

/** Links to the doctor's findings that explain the code (the registry's explainedBy, src/lib/codes). */
function findings(panel: HTMLElement, code: string | undefined): void {
	const related = code ? relatedFindings(code) : [];
	const links = related.flatMap((finding, index) => {
		const link = document.createElement('a');
		link.href = siteLink(`/troubleshooting/#${finding}`);
		link.textContent = finding;
		return index === 0 ? [link] : [', ', link];
	});
	panel.querySelector<HTMLElement>('[data-findings]')!.replaceChildren(...links);
	panel.querySelector<HTMLElement>('[data-findings-line]')!.hidden = related.length === 0;
}

function line(panel: HTMLElement, selector: string, text: string | undefined): void {
	const element = panel.querySelector<HTMLElement>(selector)!;
	element.hidden = text === undefined;
	element.textContent = text ?? '';
}
