/** Updates the live Basic steps figure (BasicStepsLive.astro) from a new set of steps. */
import { basicStepNotes, hexBytes, type BasicSteps } from '../../lib/auth/index.ts';
import { renderVisible } from './visible-segments.ts';
import { setHidden, setText } from '../kit/dom-write.ts';

const drawn = new WeakMap<HTMLElement, string>();

/** Shows `steps` in `figure`, or says why there are none; hides the view when not `shown`. */
export function renderSteps(
	figure: HTMLElement,
	steps: BasicSteps | undefined,
	shown: boolean,
): void {
	setHidden(figure, !shown);
	if (!shown) return;
	setHidden(figure.querySelector<HTMLElement>('[data-steps-empty]')!, steps !== undefined);
	setHidden(figure.querySelector<HTMLElement>('[data-steps-list]')!, steps === undefined);
	if (!steps) return;
	const step = (name: string) => figure.querySelector<HTMLElement>(`[data-step="${name}"]`)!;
	const note = (name: string) => figure.querySelector<HTMLElement>(`[data-step-note="${name}"]`)!;
	const texts = basicStepNotes(steps);
	const joined = step('userPass');
	// Remembered in memory, not in an attribute: the joined text holds the password.
	if (drawn.get(joined) !== steps.userPass) {
		renderVisible(joined, steps.userPass);
		drawn.set(joined, steps.userPass);
	}
	setText(note('userPass'), texts.userPassNote);
	setText(step('bytes'), hexBytes(steps.utf8Bytes));
	setText(note('bytes'), texts.bytesNote);
	setText(step('base64'), steps.base64);
	setText(step('header'), `Authorization: ${steps.headerValue}`);
}
