import type { Tone } from '../../core/report/clientUpdate';

/** Text colours of good and bad news (Google's green and red), shared by the Doc and the deck. */
export const TONE_COLORS: Readonly<Record<Tone, string | null>> = { good: '#137333', bad: '#b3261e', neutral: null };
