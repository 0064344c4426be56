// The question bank's pure logic: filter model, URL form, search. No storage, no clock.
export * from './filter';
export * from './row';
export * from './search';
export * from './select';
export * from './labels';
export * from './companies';
export * from './path';
