/** The agency board's one entry point for its adapters (`tts-ops board`, the Sheets board): rows, order, document, digest. */
export { boardErrorRow, boardRow, type BoardHealth, type BoardRow, type BoardTrackerItem } from './boardRow';
export { boardDocument, parseBoardDocument, sortBoard, type BoardDocument } from './boardDocument';
export { boardChanges, type BoardChange, type BoardDigest } from './boardChanges';
export { digestMessage, digestSubject, digestText, isDigestMessage } from './boardDigest';
export type { OrdersDue } from '../../health/ordersDue';
export { BOARD_VIEW_COLUMNS, boardBlocks, boardTitle, boardView, isBoardTitle } from './boardView';
export { BOARD_COLUMNS, boardTable, type BoardTable } from './boardTable';
