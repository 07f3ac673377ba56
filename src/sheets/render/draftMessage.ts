/** The parts of a draft: plain text and HTML alternatives of the same summary. */
export interface DraftContent {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const BOUNDARY = 'tts-ops-client-update';

/** Base64 of the text's UTF-8 bytes, in lines of 76 characters as MIME asks. */
function base64Lines(text: string, base64Utf8: (text: string) => string): string {
  return base64Utf8(text).replace(/.{76}(?=.)/g, '$&\r\n');
}

/** RFC 2047 encoded words of at most 10 characters (40 UTF-8 bytes, an emoji being 4), folded one to a line: each word at most 68 characters, a line at most 78. */
function encodedWords(text: string, base64Utf8: (text: string) => string): string {
  const chunks = Array.from(text).reduce<string[]>((out, char, i) => (i % 10 ? ((out[out.length - 1] += char), out) : [...out, char]), []);
  return chunks.map((chunk) => `=?UTF-8?B?${base64Utf8(chunk)}?=`).join('\r\n ');
}

/**
 * An RFC 2822 message (ASCII only: the subject as an RFC 2047 encoded word, both bodies in base64),
 * as the Gmail API's users.drafts.create takes it before its web-safe base64.
 */
export function draftMessage(content: DraftContent, base64Utf8: (text: string) => string): string {
  const part = (type: string, body: string): string[] => [
    `--${BOUNDARY}`,
    `Content-Type: ${type}; charset=UTF-8`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(body, base64Utf8),
  ];
  return [
    `To: ${content.to.map((address) => address.replace(/[\r\n]/g, '')).join(', ')}`,
    `Subject: ${encodedWords(content.subject, base64Utf8)}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${BOUNDARY}"`,
    '',
    ...part('text/plain', content.text),
    ...part('text/html', content.html),
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n');
}
