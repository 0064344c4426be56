// Sanitised Markdown for anything a user wrote or a file brought in.
export { renderMarkdown, sanitizeHtml } from './render';
// Bundled items' HTML as authored; anything else sanitised first.
export { itemHtml } from './item-html';
export { isAllowedHref, isAllowedImageSrc, isExternalHref } from './urls';
export { decodeEntities, htmlToMarkdown, looksLikeHtml } from './html-text';
