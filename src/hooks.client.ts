// A route loader that throws ends up here: its error page shows these words and a Retry.
import type { HandleClientError } from '@sveltejs/kit';
import { reportError } from '$lib/session/report-error';

export const handleError: HandleClientError = ({ error }) => ({ message: reportError(error, 'load') });
