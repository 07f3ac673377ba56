import type { ClientUpdate } from '../../core/report/clientUpdate';
import { escapeHtml } from '../../core/values/escapeHtml';
import { draftMessage } from '../../core/report/render/draftMessage';
import type { GmailDraftsLike } from './renderServices';

/**
 * A Gmail draft to the client contacts of Settings: the headlines and the links to the Doc and the
 * deck. It is only a draft (Gmail users.drafts.create); the account manager reads it and sends it.
 */
export function createSummaryDraft(
  update: ClientUpdate,
  contacts: readonly string[],
  links: readonly { label: string; url: string }[],
  gmail: GmailDraftsLike,
): void {
  const text = [`${update.title}`, '', ...update.narrative.map((s) => `- ${s}`), '', ...links.map((l) => `${l.label}: ${l.url}`)].join('\n');
  const html =
    `<p><b>${escapeHtml(update.title)}</b></p><ul>${update.narrative.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>` +
    `<p>${links.map((l) => `<a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a>`).join(' · ')}</p>`;
  gmail.createDraft(gmail.base64WebSafe(draftMessage({ to: contacts, subject: update.title, text, html }, gmail.base64Utf8)));
}
