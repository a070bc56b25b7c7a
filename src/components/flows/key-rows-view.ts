/**
 * The rows of the key list, built as nodes (key names are typed by the reader, so never as HTML).
 * Each row shows one key; the row being renamed, revoked or rotated shows its editor in place.
 */
import type { ApiKeyListing } from '../../lib/mock-api/index.ts';
import {
	lastUsedText,
	revokeWarning,
	rowActions,
	statusText,
	type TimeFormat,
} from '../../lib/flows/key-rows.ts';

/** The row whose editor is open, and what the reader typed so far. */
export interface Editing {
	readonly id: string;
	readonly mode: 'rename' | 'revoke' | 'rotate';
	draft: string;
	keep: 'none' | 'overlap';
	minutes: string;
	problem: string | null;
}

function node<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	if (text !== undefined) element.textContent = text;
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	return element;
}

/** A button whose accessible name says which key it acts on ("Rename CI deploy"). */
function button(
	label: string,
	action: string,
	key: ApiKeyListing,
	primary = false,
): HTMLButtonElement {
	const element = node('button', label, {
		type: 'button',
		class: 'ap-button',
		'data-action': action,
		'data-key-id': key.id,
		'data-focus': `${action}:${key.id}`,
	});
	if (primary) element.setAttribute('data-primary', '');
	// The space outside the hidden name: "Rename Example key" to a screen reader, no glued word in the text.
	element.append(' ', node('span', key.name, { class: 'sr-only' }));
	return element;
}

function problemLine(editing: Editing, id: string): HTMLElement {
	const line = node('p', editing.problem ?? '', {
		id,
		class: 'ap-issue',
		'data-severity': 'error',
	});
	line.hidden = editing.problem === null;
	return line;
}

function renameEditor(key: ApiKeyListing, editing: Editing, idPrefix: string): HTMLElement[] {
	const inputId = `${idPrefix}-rename-${key.id}`;
	const label = node('label', `New name for “${key.name}”`, { for: inputId, class: 'sr-only' });
	const input = node('input', undefined, {
		id: inputId,
		type: 'text',
		value: editing.draft,
		spellcheck: 'false',
		autocomplete: 'off',
		'data-rename-input': key.id,
		'data-focus': `rename-input:${key.id}`,
		'aria-describedby': `${inputId}-problem`,
	});
	input.value = editing.draft;
	if (editing.problem) input.setAttribute('aria-invalid', 'true');
	return [
		label,
		input,
		problemLine(editing, `${inputId}-problem`),
		actions(button('Save', 'rename-save', key, true), button('Cancel', 'cancel', key)),
	];
}

function revokeConfirm(key: ApiKeyListing): HTMLElement[] {
	return [
		node('p', revokeWarning(key.name)),
		actions(button('Revoke key', 'revoke-confirm', key, true), button('Cancel', 'cancel', key)),
	];
}

function rotateEditor(key: ApiKeyListing, editing: Editing, idPrefix: string): HTMLElement[] {
	const base = `${idPrefix}-rotate-${key.id}`;
	const fieldset = node('fieldset', undefined, { class: 'ap-rotate' });
	fieldset.append(node('legend', `Rotate “${key.name}”: what happens to the old key?`));
	const choices: [value: Editing['keep'], text: string][] = [
		['none', 'Revoke it now (deployments using it fail until updated)'],
		['overlap', 'Keep it working during an overlap, then revoke it'],
	];
	for (const [value, text] of choices) {
		const radioId = `${base}-${value}`;
		const radio = node('input', undefined, {
			type: 'radio',
			id: radioId,
			name: base,
			value,
			'data-keep': key.id,
			'data-focus': `keep-${value}:${key.id}`,
		});
		radio.checked = editing.keep === value;
		const label = node('label', text, { for: radioId });
		const line = node('div', undefined, { class: 'ap-radio' });
		line.append(radio, label);
		fieldset.append(line);
	}
	const minutesId = `${base}-minutes`;
	const minutes = node('input', undefined, {
		id: minutesId,
		type: 'text',
		inputmode: 'numeric',
		autocomplete: 'off',
		'data-minutes': key.id,
		'data-focus': `minutes:${key.id}`,
		'aria-describedby': `${minutesId}-problem`,
	});
	minutes.value = editing.minutes;
	minutes.disabled = editing.keep !== 'overlap';
	if (editing.problem) minutes.setAttribute('aria-invalid', 'true');
	const minutesLine = node('div', undefined, { class: 'ap-control' });
	minutesLine.append(
		node('label', 'Overlap in minutes', { for: minutesId }),
		minutes,
		problemLine(editing, `${minutesId}-problem`),
	);
	fieldset.append(minutesLine);
	return [
		fieldset,
		actions(button('Rotate key', 'rotate-confirm', key, true), button('Cancel', 'cancel', key)),
	];
}

function actions(...buttons: HTMLButtonElement[]): HTMLElement {
	const row = node('div', undefined, { class: 'ap-flow-actions' });
	row.append(...buttons);
	return row;
}

/**
 * The rows of one key: its row, and below it the revoke or rotate editor when that is open.
 * `showAgain`: the API shows keys again (`keyShownOnce: false`), so an active key has "Show".
 */
export function keyRows(
	key: ApiKeyListing,
	editing: Editing | null,
	format: TimeFormat,
	idPrefix: string,
	showAgain: boolean,
): HTMLTableRowElement[] {
	const row = node('tr', undefined, { 'data-key-row': key.id });
	const name = node('th', undefined, { scope: 'row' });
	const mine = editing?.id === key.id ? editing : null;
	if (mine?.mode === 'rename') name.append(...renameEditor(key, mine, idPrefix));
	else name.textContent = key.name;
	const masked = node('td');
	masked.append(node('code', key.masked));
	const cell = node('td');
	if (mine?.mode !== 'rename')
		cell.append(
			actions(...rowActions(key, showAgain).map(({ label, action }) => button(label, action, key))),
		);
	masked.dataset['label'] = 'Key';
	// data-label: the column's name, shown beside each value where a narrow screen stacks the row.
	row.append(
		name,
		masked,
		node('td', format(key.createdAt), { 'data-label': 'Created' }),
		node('td', lastUsedText(key, format), { 'data-label': 'Last used' }),
		node('td', statusText(key, format), { 'data-label': 'Status' }),
		cell,
	);
	row.dataset['keyStatus'] = key.status;
	if (mine?.mode !== 'revoke' && mine?.mode !== 'rotate') return [row];
	const editor = node('tr', undefined, { class: 'ap-key-editor' });
	const wide = node('td', undefined, { colspan: '6' });
	wide.append(...(mine.mode === 'revoke' ? revokeConfirm(key) : rotateEditor(key, mine, idPrefix)));
	editor.append(wide);
	return [row, editor];
}
