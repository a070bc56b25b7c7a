/**
 * Header size: most servers refuse a header line (or all headers together) above 8 KB with 431
 * Request Header Fields Too Large (RFC 6585 §5). The limit and the measure are the builders'
 * (auth/credential-checks.ts), so both say the same.
 */
import { headerLineBytes, headerSizeLimit } from '../../auth/credential-checks.ts';
import { report, type Collector } from '../findings/collector.ts';

/** Reports `header-too-large` when `Authorization: <value>` is longer than 8 KB. */
export function checkHeaderSize(into: Collector, value: string): void {
	const size = headerLineBytes('Authorization', value);
	if (size <= headerSizeLimit) return;
	report(
		into,
		'header-too-large',
		{ position: 0, length: 0 },
		`The Authorization header is ${size.toLocaleString('en')} bytes long, more than the 8 KB (8,192 bytes) most servers accept: they answer 431 or close the connection.`,
	);
}
