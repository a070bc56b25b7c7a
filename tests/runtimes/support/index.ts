/**
 * The snippet runtime harness, for any suite that runs generated snippets against a server:
 *
 *   const server = await startRecordingServer(respond);          // raw node:net, 127.0.0.1:0
 *   const item = retarget(request, server.origin, 'case1');      // URL under /case1/, env vars suffixed
 *   const outputs = await runSnippets('python', [snippetCase('python', item, 'env')]);
 *   deliveryProblems('python', item.request, receivedFor(server.requests, 'case1'), outputs.get('case1'), { status: 401, body });
 *
 * Runtimes: bash and zsh (as if pasted), node, python, go (one batch binary, or `goMode: 'programs'`).
 */
export {
	startRecordingServer,
	type RecordedRequest,
	type RecordedResponse,
	type RecordingServer,
} from './recording-server.ts';
export {
	runSnippets,
	parsePrinted,
	childEnv,
	type CaseOutput,
	type RunOptions,
	type Runtime,
	type SnippetCase,
} from './run-snippet.ts';
export { retarget, snippetCase, receivedFor, languageOf, type CaseRequest } from './cases.ts';
export { deliveryProblems, expectedBody, expectedTarget, expectedTargetFor } from './delivery.ts';
