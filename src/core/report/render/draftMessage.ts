/** The parts of a draft: plain text and HTML alternatives of the same summary. */
export interface DraftContent {
  /** Each an address (`ana@client.com`) or a display name and an address (`Ana Lê <ana@client.com>`). */
  readonly to: readonly string[];
  /** The sender, when the message is not handed to a mailer that adds it (Gmail does). */
  readonly from?: string;
  /** When written, for a message saved to a file (RFC 5322 asks for it; Gmail adds its own). */
  readonly date?: Date;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const BOUNDARY = 'tts-ops-client-update';
/** RFC 5322's limit for a header line, CRLF not counted. */
const LINE_LENGTH = 78;

/** Base64 of the text's UTF-8 bytes, in lines of 76 characters as MIME asks. */
function base64Lines(text: string, base64Utf8: (text: string) => string): string {
  return base64Utf8(text).replace(/.{76}(?=.)/g, '$&\r\n');
}

/** RFC 2047 encoded words of at most 10 characters each (40 UTF-8 bytes, an emoji being 4): each word at most 68 characters. */
function encodedWords(text: string, base64Utf8: (text: string) => string): string[] {
  const chunks = Array.from(text).reduce<string[]>((out, char, i) => (i % 10 ? ((out[out.length - 1] += char), out) : [...out, char]), []);
  return chunks.map((chunk) => `=?UTF-8?B?${base64Utf8(chunk)}?=`);
}

/** `Name: token token …`, folded (RFC 5322 §2.2.3) before a token that would take the line past 78 characters. */
function foldedHeader(name: string, tokens: readonly string[]): string {
  const lines = [`${name}:`];
  for (const token of tokens) {
    if (lines[lines.length - 1].length + 1 + token.length > LINE_LENGTH) lines.push('');
    lines[lines.length - 1] += ` ${token}`;
  }
  return lines.join('\r\n');
}

/** A display name as phrase tokens: encoded words when it is not plain ASCII, else its words, quoted when they hold specials. */
function nameTokens(name: string, base64Utf8: (text: string) => string): string[] {
  if (/[^\x20-\x7e]/.test(name)) return encodedWords(name, base64Utf8);
  if (/^[\w!#$%&'*+\-/=?^`{|}~ ]+$/.test(name)) return name.split(/ +/);
  return `"${name.replace(/["\\]/g, '\\$&')}"`.split(' ');
}

/** One mailbox of the To header as tokens; line breaks are dropped so a contact cannot start a header of its own. */
function mailboxTokens(contact: string, base64Utf8: (text: string) => string): string[] {
  const oneLine = contact.replace(/[\r\n]/g, '').trim();
  const named = /^(.*?)\s*<([^<>]*)>$/.exec(oneLine);
  if (!named || !named[1]) return [named ? named[2] : oneLine];
  const name = named[1].replace(/^"(.*)"$/, '$1').replace(/\s+/g, ' ');
  return [...nameTokens(name, base64Utf8), `<${named[2]}>`];
}

/**
 * An RFC 5322 message in ASCII only (display names and the subject as RFC 2047 encoded words, both
 * bodies in base64, long headers folded), as the Gmail API's users.drafts.create takes it before its
 * web-safe base64.
 */
export function draftMessage(content: DraftContent, base64Utf8: (text: string) => string): string {
  const part = (type: string, body: string): string[] => [
    `--${BOUNDARY}`,
    `Content-Type: ${type}; charset=UTF-8`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(body, base64Utf8),
  ];
  const mailboxes = (contacts: readonly string[]): string[] =>
    contacts.flatMap((contact, i) => {
      const tokens = mailboxTokens(contact, base64Utf8);
      return i < contacts.length - 1 ? [...tokens.slice(0, -1), `${tokens[tokens.length - 1]},`] : tokens;
    });
  return [
    ...(content.date ? [`Date: ${content.date.toUTCString().replace(/GMT$/, '+0000')}`] : []),
    ...(content.from ? [foldedHeader('From', mailboxes([content.from]))] : []),
    ...(content.to.length ? [foldedHeader('To', mailboxes(content.to))] : []),
    foldedHeader('Subject', encodedWords(content.subject, base64Utf8)),
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${BOUNDARY}"`,
    '',
    ...part('text/plain', content.text),
    ...part('text/html', content.html),
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n');
}
