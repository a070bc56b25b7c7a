/**
 * The registry of readers, tried in order: the first that recognises the paste reads it. Order
 * matters only where shapes overlap: a HAR entry before anything else (it is JSON), cmd and
 * PowerShell cURL before bash cURL (they are cURL too, with other quoting), tools before code,
 * header lines before code that sets a header, and the bare header value last, because almost anything could be one.
 */
import { base64PipelineReader } from './shell/base64-pipeline-reader.ts';
import { codeReader } from './code/code-reader.ts';
import { curlBashReader } from './shell/curl-bash-reader.ts';
import { curlCmdReader } from './shell/curl-cmd-reader.ts';
import { curlPowershellReader } from './shell/curl-powershell-reader.ts';
import { fetchReader } from './code/fetch-reader.ts';
import { goReader } from './code/go-reader.ts';
import { harReader } from './http/har-reader.ts';
import { headerLinesReader } from './http/header-lines-reader.ts';
import { headerValueReader } from './http/header-value-reader.ts';
import { httpieReader } from './shell/httpie-reader.ts';
import { postmanBulkReader } from './http/postman-bulk-reader.ts';
import { powershellWebReader } from './shell/powershell-web-reader.ts';
import { pythonRequestsReader } from './code/python-requests-reader.ts';
import { rawRequestReader } from './http/raw-request-reader.ts';
import type { Reader } from './reading.ts';
import { responseReader } from './http/response-reader.ts';
import { urlReader } from './http/url-reader.ts';
import { wgetReader } from './shell/wget-reader.ts';

export const readers: readonly Reader[] = [
	harReader,
	responseReader,
	rawRequestReader,
	curlCmdReader,
	curlPowershellReader,
	curlBashReader,
	wgetReader,
	httpieReader,
	powershellWebReader,
	base64PipelineReader,
	fetchReader,
	pythonRequestsReader,
	goReader,
	urlReader,
	postmanBulkReader,
	headerLinesReader,
	codeReader,
	headerValueReader,
];

/** The reader for `paste`, or undefined when no shape fits. */
export function readerFor(paste: string): Reader | undefined {
	const text = paste.trim();
	if (text === '') return undefined;
	return readers.find((reader) => reader.recognises(text));
}

/** The label of every reader, for "not recognised: tried …". */
export function readerLabels(): string[] {
	return [...new Set(readers.map((reader) => reader.label))];
}
