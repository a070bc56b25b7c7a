/**
 * `echo "user:pass" | base64` and its kin (`printf '%s' … | base64`, `base64 <<< …`): the
 * command people run to make Basic credentials by hand. `echo` without `-n` and a here-string
 * both add a newline, which base64 encodes with the credentials.
 */
import type { Reader } from '../reading.ts';
import { checkCredentials } from '../credentials/basic-credentials.ts';
import { encodeCredentials } from '../credentials/basic-check.ts';
import { report } from '../findings/collector.ts';
import { hasExpansion, spanAll, spanOf, type Located } from '../findings/located.ts';
import { shellWords } from './shell-words.ts';

const pipeline =
	/^(?:[$>#]\s*)?(?:echo|printf)\b[^|\n]*\|\s*(?:base64|openssl\s+(?:base64|enc\s+-base64))\b|^(?:[$>#]\s*)?base64\b[^<\n]*<<</;

export const base64PipelineReader: Reader = {
	shape: 'base64-pipeline',
	label: 'a shell base64 pipeline',
	kind: 'command',
	recognises: (paste) => pipeline.test(paste),
	read: (into, paste) => {
		const hereString = /<<<\s*/.exec(paste);
		let text: Located | undefined;
		let newline: { how: string; span: { position: number; length: number } } | undefined;
		if (hereString) {
			const blanked =
				paste.slice(0, hereString.index + hereString[0].length).replace(/[^\n]/g, ' ') +
				paste.slice(hereString.index + hereString[0].length);
			text = shellWords(blanked).words[0];
			if (text) newline = { how: 'A here-string (<<<) adds a newline', span: spanAll(text) };
		} else {
			const [tool, ...rest] = shellWords(paste).words;
			const flags = rest.filter((word) => /^-[neE]+$/.test(word.text));
			const values = rest.filter((word) => !flags.includes(word));
			// printf's first argument is the format; with '%s' the text is the next one.
			const formatted =
				tool?.text === 'printf' && values.length > 1 && values[0]!.text.includes('%s');
			text = formatted ? values[1] : values.at(-1);
			if (tool?.text === 'echo' && !flags.some((flag) => flag.text.includes('n')))
				newline = { how: '"echo" without -n adds a newline', span: spanAll(tool) };
			if (tool?.text === 'printf' && /\\n$/.test(values[0]?.text ?? ''))
				newline = { how: 'The printf format ends with \\n', span: spanAll(values[0]!) };
		}
		if (!text || hasExpansion(text)) return {};
		if (newline) {
			report(
				into,
				'trailing-newline',
				newline.span,
				`${newline.how}, and base64 encodes it with the credentials: the server reads a password that ends in a line feed.`,
				{
					fix: "Use printf '%s' 'user:password' | base64 (or echo -n), so no newline is encoded.",
				},
			);
		}
		const credentials = checkCredentials(into, text, {
			what: 'credentials',
			spanFor: (start, end) => spanOf(text, start, end),
		});
		return {
			corrected: credentials === undefined ? undefined : `Basic ${encodeCredentials(credentials)}`,
		};
	},
};
