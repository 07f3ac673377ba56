import { draftMessage } from '../../../../src/core/report/render/draftMessage';
import { FakeGmailDrafts } from '../../../sheets/fakeDocsServices';

const gmail = new FakeGmailDrafts();
const content = {
  to: ['ana@client.example', 'ops@client.example\r\nBcc: evil@example.com'],
  subject: `${'🌸'.repeat(12)} Glow & Co — WBR — 2026-11-16 – 2026-11-22`,
  text: `Đơn hàng tăng 12% · ยอดขาย ${'x'.repeat(200)}`,
  html: '<p><b>Glow &amp; Co</b> 売上 +12%</p>',
};

/** Plain ASCII, lines of at most 78 characters and encoded words of at most 75, as RFC 5322 and RFC 2047 ask. */
function expectWellFormed(message: string): void {
  expect(message).toMatch(/^[\x20-\x7e\r\n]*$/);
  for (const line of message.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
  for (const word of message.match(/=\?UTF-8\?B\?[^?]*\?=/g) ?? []) expect(word.length).toBeLessThanOrEqual(75);
}

describe('the Gmail draft message', () => {
  const message = draftMessage(content, gmail.base64Utf8);

  it('is plain ASCII with lines of at most 78 characters, as RFC 2822 asks', () => {
    expectWellFormed(message);
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

describe('the To header of the Gmail draft', () => {
  const contacts = [
    'Lê Thị Hồng Nhung Nguyễn <hong@client.example>',
    '山田 太郎 <taro.yamada@client.example>',
    'Ana "AJ" Silva <ana.silva@client.example>',
    'Max Mustermann <max@client.example>',
    ...Array.from({ length: 10 }, (_, i) => `team.member.${i + 1}@client.example`),
  ];
  const message = draftMessage({ ...content, to: contacts }, gmail.base64Utf8);

  it('folds many contacts over lines of at most 78 characters and encodes non-ASCII display names', () => {
    expectWellFormed(message);
    expect(message.split('\r\n').findIndex((line) => line.startsWith('Subject:'))).toBeGreaterThan(3);
  });

  it('reads back as every contact, names in any script, with an ASCII name quoted where it holds specials', () => {
    gmail.createDraft(gmail.base64WebSafe(message));
    expect(gmail.drafts.at(-1)!.to.split(',')).toEqual([
      ...contacts.slice(0, 2),
      '"Ana \\"AJ\\" Silva" <ana.silva@client.example>',
      ...contacts.slice(3),
    ]);
  });
});
