/** Document properties the refresh leaves for the next features (the QA checklist, the client update). */
export const LAST_REFRESH_PROPERTY = 'tts-ops.lastRefresh';
export const DATA_THROUGH_PROPERTY = 'tts-ops.dataThrough';
