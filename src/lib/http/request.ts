/**
 * The one request model. Every builder (Basic, Bearer, OAuth) returns an `ApiRequest`; every
 * consumer (the header view, the four snippet emitters, the mock API) reads one. A header value is
 * computed once, by its builder, and never rebuilt by a consumer.
 */

/** One header line as sent: name and value, order preserved (RFC 9110 §5.3 allows repeats). */
export type Header = readonly [name: string, value: string];

/** An `application/x-www-form-urlencoded` body, fields in order (OAuth token requests). */
export interface FormBody {
	readonly kind: 'form';
	readonly fields: readonly Header[];
}

/** A JSON body, kept as the exact text that goes on the wire. */
export interface JsonBody {
	readonly kind: 'json';
	readonly text: string;
}

export type RequestBody = FormBody | JsonBody;

export const httpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof httpMethods)[number];

export interface ApiRequest {
	readonly method: HttpMethod;
	/** Absolute URL, query included. */
	readonly url: string;
	readonly headers: readonly Header[];
	readonly body?: RequestBody;
}

/** Every value of header `name`, compared case-insensitively (RFC 9110 §5.1). */
export function headerValues(headers: readonly Header[], name: string): string[] {
	const wanted = name.toLowerCase();
	return headers.filter(([key]) => key.toLowerCase() === wanted).map(([, value]) => value);
}

/** The first value of header `name`, or undefined. */
export function headerValue(headers: readonly Header[], name: string): string | undefined {
	return headerValues(headers, name)[0];
}

/** The body exactly as it goes on the wire (form fields percent-encoded as URLSearchParams does). */
export function encodeBody(body: RequestBody): string {
	if (body.kind === 'json') return body.text;
	return new URLSearchParams(body.fields.map(([name, value]) => [name, value])).toString();
}
