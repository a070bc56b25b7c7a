/**
 * What a view of the Basic steps (RFC 7617 §2) shows beside `basicSteps`: the bytes as hex, the
 * character and byte counts, and the encoding of a user-pass taken whole, for the refused form a
 * client that forgot the colon sends. The guide's table and the live figure both read these.
 */
import { encodeUserPass, type BasicSteps } from './basic.ts';

/** Hex bytes, space separated, as a hex dump shows them. */
export function hexBytes(bytes: Uint8Array): string {
	return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
}

/** Character and byte counts: they differ exactly when the credentials are not ASCII. */
export function basicStepNotes(steps: BasicSteps | undefined): {
	userPassNote: string;
	bytesNote: string;
} {
	if (!steps) return { userPassNote: '', bytesNote: '' };
	const characters = [...steps.userPass].length;
	const bytes = steps.utf8Bytes.length;
	return {
		userPassNote: `(${characters} ${characters === 1 ? 'character' : 'characters'})`,
		bytesNote: `(${bytes} ${bytes === 1 ? 'byte' : 'bytes'}${bytes === characters ? '' : ': some characters take more than one byte'})`,
	};
}

/** The steps after joining, for a text encoded as it is: only to show a form the builders refuse. */
export const unjoinedSteps = encodeUserPass;
