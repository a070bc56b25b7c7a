/** The notes beside the Basic steps (server and browser alike). */
import type { BasicSteps } from '../../lib/auth/index.ts';

/** Character and byte counts: they differ exactly when the credentials are not ASCII. */
export function stepTexts(steps: BasicSteps | undefined): { userPassNote: string; bytesNote: string } {
	if (!steps) return { userPassNote: '', bytesNote: '' };
	const characters = [...steps.userPass].length;
	const bytes = steps.utf8Bytes.length;
	return {
		userPassNote: `(${characters} ${characters === 1 ? 'character' : 'characters'})`,
		bytesNote: `(${bytes} ${bytes === 1 ? 'byte' : 'bytes'}${bytes === characters ? '' : ': some characters take more than one byte'})`,
	};
}
