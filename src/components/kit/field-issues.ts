/**
 * Validation shown in place: each issue of an input appears next to it, in the element that the
 * input's `aria-describedby` points to, with its code, position and fix. Same markup as
 * IssueList.astro renders on the server. Reused by every island with typed inputs. The fix is the
 * code's text from the island's templates (the island holds `<CodeTemplates set="auth" />`).
 */
import { codeText } from './code-text.ts';

/** The parts of an issue a view shows (the core's `AuthIssue` has them all). */
export interface ShownIssue {
	readonly code: string;
	readonly severity: 'error' | 'warning';
	readonly position: number;
	readonly message: string;
}

/** The sentence that introduces an issue: its code and where it is. */
export function issueLead(issue: ShownIssue): string {
	return `${issue.severity === 'error' ? 'Error' : 'Warning'} ${issue.code} at position ${issue.position}:`;
}

function issueNode(list: HTMLElement, issue: ShownIssue): HTMLElement {
	const item = document.createElement('p');
	item.className = 'ap-issue';
	item.dataset['severity'] = issue.severity;
	item.dataset['code'] = issue.code;
	const lead = document.createElement('strong');
	lead.textContent = issueLead(issue);
	const fix = document.createElement('span');
	fix.className = 'ap-fix';
	fix.textContent = `Fix: ${codeText(list, 'auth', issue.code, 'fix')}`;
	item.append(lead, ` ${issue.message} `, fix);
	return item;
}

const shown = new WeakMap<HTMLElement, string>();

/** Shows `issues` in `list` and marks `input` invalid when one of them is an error. */
export function showIssues(
	input: HTMLInputElement,
	list: HTMLElement,
	issues: readonly ShownIssue[],
): void {
	// Most keystrokes change no issue: leave the list alone then.
	const key = JSON.stringify(
		issues.map((issue) => [issue.code, issue.severity, issue.position, issue.message]),
	);
	if (shown.get(list) === key) return;
	shown.set(list, key);
	list.replaceChildren(...issues.map((issue) => issueNode(list, issue)));
	if (issues.some((issue) => issue.severity === 'error'))
		input.setAttribute('aria-invalid', 'true');
	else input.removeAttribute('aria-invalid');
}
