// Sanitised Markdown for anything a user wrote or a file brought in.
export { renderMarkdown, sanitizeHtml } from './render';
export { isAllowedHref, isAllowedImageSrc, isExternalHref } from './urls';
export { decodeEntities, htmlToMarkdown, looksLikeHtml } from './html-text';
