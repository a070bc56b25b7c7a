/**
 * cURL run from PowerShell: `curl.exe` (in Windows PowerShell plain `curl` is an alias of
 * Invoke-WebRequest), backtick continuations and `$env:API_KEY`, which PowerShell expands inside
 * double quotes and bash would not.
 */
import type { Reader } from '../reading.ts';
import { curlStart } from './curl-args.ts';
import { checkCurl } from './curl-command.ts';
import { powershellWords } from './powershell-words.ts';

export const curlPowershellReader: Reader = {
	shape: 'curl-powershell',
	label: 'cURL in PowerShell (curl.exe)',
	kind: 'curl',
	recognises: (paste) =>
		/^(?:&\s*)?(?:PS [^>]*>\s*)?curl\.exe\b/i.test(paste) ||
		(curlStart.test(paste) && (/`\r?\n/.test(paste) || /\$env:/i.test(paste))),
	read: (into, paste) =>
		checkCurl(
			into,
			powershellWords(paste.replace(/^(?:PS [^>]*>\s*)/, (prompt) => ' '.repeat(prompt.length))),
		),
};
