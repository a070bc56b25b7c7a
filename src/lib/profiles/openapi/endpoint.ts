/**
 * The sample endpoint of an imported profile: the first GET operation the chosen scheme secures,
 * preferring one that needs no parameters, with path parameters filled from the document's own
 * examples. Its 200 body is the documented example, or one sampled from the response schema by
 * the sampler the caller passes in (so this module stays free of it and testable).
 */
import {
	pointer as jsonPointer,
	type OpenApiView,
	type Operation,
	type ResponseBody,
	type SecurityRequirement,
} from './document.ts';

/** Makes an example value from a JSON Schema (the importer passes openapi-sampler's). */
export type Sampler = (schema: unknown) => unknown;

export interface SampleChoice {
	readonly operation: Operation;
	readonly path: string;
	readonly responseBody: string;
	readonly guesses: readonly string[];
}

/** Whether the requirements that apply to `operation` let `scheme` alone authenticate it. */
function securedBy(view: OpenApiView, operation: Operation, scheme: string): boolean {
	const applied: readonly SecurityRequirement[] | undefined = operation.security ?? view.security;
	return (
		applied === undefined ||
		applied.some((requirement) => Object.keys(requirement).length === 1 && scheme in requirement)
	);
}

function needsQueryOrHeader(operation: Operation): boolean {
	return operation.parameters.some((parameter) => parameter.required && parameter.in !== 'path');
}

/** A response body as JSON text: the example, else a sample of its schema; undefined for neither. */
export function bodyText(
	body: ResponseBody | undefined,
	sample: Sampler,
): { readonly text: string; readonly sampled: boolean } | undefined {
	if (!body) return undefined;
	if (body.example !== undefined)
		return {
			text: typeof body.example === 'string' ? body.example : JSON.stringify(body.example),
			sampled: false,
		};
	if (body.schema === undefined) return undefined;
	try {
		return { text: JSON.stringify(sample(body.schema) ?? {}), sampled: true };
	} catch {
		return undefined;
	}
}

/** The sample endpoint for `scheme`, or the problem (with its JSON pointer) that stops the import. */
export function chooseSample(
	view: OpenApiView,
	scheme: string,
	sample: Sampler,
): SampleChoice | { readonly problem: { readonly pointer: string; readonly message: string } } {
	const gets = view.operations.filter(
		(operation) =>
			operation.method === 'get' &&
			securedBy(view, operation, scheme) &&
			!needsQueryOrHeader(operation),
	);
	const operation =
		gets.find((candidate) => !candidate.parameters.some((parameter) => parameter.in === 'path')) ??
		gets[0];
	if (!operation)
		return {
			problem: {
				pointer: '/paths',
				message: `No GET operation that ${scheme} secures can be called without query or header parameters, so there is no sample endpoint.`,
			},
		};
	const guesses = [
		`The sample endpoint is GET ${operation.path}, the first GET operation that ${scheme} secures${operation.parameters.length === 0 ? ' and that takes no parameters' : ''} (${jsonPointer('paths', operation.path, 'get')}).`,
	];
	if (view.security === undefined && operation.security === undefined)
		guesses.push(
			'The document names no security requirement for it; the profile assumes the key is needed.',
		);
	const path = operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
		const parameter = operation.parameters.find(
			(candidate) => candidate.in === 'path' && candidate.name === name,
		);
		const value = parameter?.example === undefined ? 'example' : String(parameter.example);
		guesses.push(
			`The path parameter ${name} is ${JSON.stringify(value)}${parameter?.example === undefined ? ', made up: the document gives no example' : ', the example the document gives'}.`,
		);
		return encodeURIComponent(value);
	});
	const ok = bodyText(
		operation.responses['200'] ?? operation.responses['2XX'] ?? operation.responses['default'],
		sample,
	);
	if (!ok)
		guesses.push(
			'The document shows no 200 body for the sample endpoint; the simulator answers {}.',
		);
	else if (ok.sampled)
		guesses.push(
			"The 200 body is sampled from the response schema (no example in the document): the shape is the API's, the values are not.",
		);
	return { operation, path, responseBody: ok?.text ?? '{}', guesses };
}
