/**
 * Header size: most servers refuse a header line (or all headers together) above 8 KB with 431
 * Request Header Fields Too Large (RFC 6585 §5): nginx and Apache default to 8 KB, Node to 16 KB.
 */
import { utf8Bytes } from '../../auth/base64.ts';
import { report, type Collector } from '../findings/collector.ts';

/** 8 KB, the limit of the common server defaults. */
export const headerSizeLimit = 8192;

/** Reports `header-too-large` when `Authorization: <value>` is longer than 8 KB. */
export function checkHeaderSize(into: Collector, value: string): void {
	const size = utf8Bytes(`Authorization: ${value}`).length;
	if (size <= headerSizeLimit) return;
	report(
		into,
		'header-too-large',
		{ position: 0, length: 0 },
		`The Authorization header is ${size.toLocaleString('en')} bytes long, more than the 8 KB (8,192 bytes) most servers accept: they answer 431 or close the connection.`,
	);
}
