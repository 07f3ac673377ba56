import type { ClientUpdate } from './clientUpdate';

/** The word on the title, every page and every slide of a draft; Deliver writes the copy without it. */
export const DRAFT_MARK = 'DRAFT';

/** The line a draft opens with, under its title: what it is for and what makes it the client's copy. */
export const DRAFT_NOTE = 'DRAFT for review: not for the client. Once it is checked and signed off, Deliver writes the copy to send.';

/** The update as a draft: marked in its title (so the Doc, deck and files are named so) and flagged for the renderers. */
export function asDraft(update: ClientUpdate): ClientUpdate {
  return { ...update, draft: true, title: `${DRAFT_MARK} — ${update.title}` };
}
