/** Public surface of the request and response models. */
export * from './request.ts';
export * from './response.ts';
export * from './query.ts';
export * from './request-text.ts';
export * from './response-text.ts';
