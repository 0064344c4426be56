// Own cards: drafts, validation and building. Storage is in $lib/db (user-items.ts).
export * from './types';
export { validateUserItemDraft, MAX_TEXT, MAX_TITLE, MAX_ROWS, type ValidateOptions } from './validate';
export { buildUserItem, draftOf, isAuthorableKind, isUserItemId, newUserItemId, type BuildOptions } from './build';
export { editLink } from './edit-link';
