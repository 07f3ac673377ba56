import { draftMessage } from '../../src/sheets/render/draftMessage';
import { FakeGmailDrafts } from './fakeDocsServices';

const gmail = new FakeGmailDrafts();
const content = {
  to: ['ana@client.example', 'ops@client.example\r\nBcc: evil@example.com'],
  subject: `${'🌸'.repeat(12)} Glow & Co — WBR — 2026-11-16 – 2026-11-22`,
  text: `Đơn hàng tăng 12% · ยอดขาย ${'x'.repeat(200)}`,
  html: '<p><b>Glow &amp; Co</b> 売上 +12%</p>',
};

describe('the Gmail draft message', () => {
  const message = draftMessage(content, gmail.base64Utf8);

  it('is plain ASCII with lines of at most 78 characters, as RFC 2822 asks', () => {
    expect(message).toMatch(/^[\x20-\x7e\r\n]*$/);
    for (const line of message.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    for (const word of message.match(/=\?UTF-8\?B\?[^?]*\?=/g) ?? []) expect(word.length).toBeLessThanOrEqual(75);
  });

  it('reads back as the same subject, text and HTML in any script, to the contacts only', () => {
    gmail.createDraft(gmail.base64WebSafe(message));
    expect(gmail.drafts.at(-1)).toEqual({
      to: 'ana@client.example,ops@client.exampleBcc: evil@example.com',
      subject: content.subject,
      body: content.text,
      html: content.html,
    });
    expect(message).not.toMatch(/^Bcc:/m);
  });
});
