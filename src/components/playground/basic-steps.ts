/** Updates the Basic steps view (BasicSteps.astro) from a new set of steps. */
import type { BasicSteps } from '../../lib/auth/index.ts';
import { hexBytes } from './builder-text.ts';
import { stepTexts } from './basic-steps-text.ts';
import { renderVisible } from './visible-segments.ts';

/** Shows `steps` in `figure`, or says why there are none; hides the view when not `shown`. */
export function renderSteps(figure: HTMLElement, steps: BasicSteps | undefined, shown: boolean): void {
	figure.hidden = !shown;
	if (!shown) return;
	figure.querySelector<HTMLElement>('[data-steps-empty]')!.hidden = steps !== undefined;
	figure.querySelector<HTMLElement>('[data-steps-list]')!.hidden = steps === undefined;
	if (!steps) return;
	const step = (name: string) => figure.querySelector<HTMLElement>(`[data-step="${name}"]`)!;
	const note = (name: string) => figure.querySelector<HTMLElement>(`[data-step-note="${name}"]`)!;
	const texts = stepTexts(steps);
	renderVisible(step('userPass'), steps.userPass);
	note('userPass').textContent = texts.userPassNote;
	step('bytes').textContent = hexBytes(steps.utf8Bytes);
	note('bytes').textContent = texts.bytesNote;
	step('base64').textContent = steps.base64;
	step('header').textContent = `Authorization: ${steps.headerValue}`;
}
