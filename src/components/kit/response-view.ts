/**
 * Renders a simulated response the way an HTTP client prints one (`curl -i`): the status line,
 * each header on its own line, a blank line, the body. Nodes only: header values and bodies can
 * echo what the reader typed.
 */
import { statusLine, type ApiResponse } from '../../lib/http/index.ts';
import type { Profile } from '../../lib/profiles/index.ts';

/** Fills `code` with the response: the status line in bold, header names marked, then the body. */
export function renderResponse(code: HTMLElement, response: ApiResponse): void {
	const status = document.createElement('strong');
	status.textContent = statusLine(response);
	const nodes: (Node | string)[] = [status, '\n'];
	for (const [name, value] of response.headers) {
		const label = document.createElement('span');
		label.className = 'ap-header-name';
		label.textContent = `${name}:`;
		nodes.push(label, ` ${value}\n`);
	}
	nodes.push('\n', response.body);
	code.replaceChildren(...nodes);
}

/** A known error's cause and fix, as the reference explains them (the island's templates). */
export interface ErrorExplained {
	readonly cause: string;
	readonly fix: string;
}

/** The paragraph that explains a response: a known error's cause and fix, or our own for 200. */
export function explanation(
	response: ApiResponse,
	profile: Profile,
	known: ErrorExplained | undefined,
): { text: string; fix?: string } {
	if (!known) {
		return response.status < 400
			? {
					text: `${profile.name} accepted the credentials and answered ${profile.sampleEndpoint.method} ${profile.sampleEndpoint.path} with its sample data.`,
				}
			: { text: `${profile.name} refused the request with ${response.status}.` };
	}
	return { text: known.cause, fix: known.fix };
}

/** A sentence specific to the simulator, where its answer depends on what it knows. */
export function simulatorNote(errorCode: string | undefined, profile: Profile): string | undefined {
	if (errorCode !== 'invalid-api-key') return undefined;
	return `The simulated ${profile.name} knows only its example key and the keys created on this page, so your real key gets this answer here; the real API would accept it.`;
}
