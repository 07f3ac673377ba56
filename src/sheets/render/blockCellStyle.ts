import type { Tone } from '../../core/report/clientUpdate';
import type { BlockCell } from '../../core/report/reportBlocks';
import { sparkText } from '../../core/report/sparkText';
import { STATUS_FILLS } from '../../core/health/statusFills';

const RED = '#b3261e';

/** Text colours of good and bad news (Google's green and red), shared by the Doc and the deck. */
const TONE_COLORS: Readonly<Record<Tone, string | null>> = { good: '#137333', bad: RED, neutral: null };

/** The DRAFT mark's colour on a draft's pages and slides. */
export const DRAFT_COLOR = RED;

/** A report cell as the Doc and the deck write it: a sparkline in block characters. */
export const cellText = (cell: BlockCell): string => (cell.spark ? sparkText(cell.spark, cell.sparkToDate) : cell.text);

/** The text colour of good or bad news; null for none. */
export const cellColor = (cell: BlockCell): string | null => (cell.tone ? TONE_COLORS[cell.tone] : null);

/** The background of a health status cell. */
export const cellFill = (cell: BlockCell): string | undefined => (cell.status ? STATUS_FILLS[cell.status] : undefined);
