/**
 * What belongs to the account team and never to the client's copy: QA state and overrides, fixes and set-up steps,
 * tab, column and row references, rule citations, doc links, and the filler of empty sections.
 */
export const INTERNAL_TEXT: readonly RegExp[] = [
  /\bQA\b/,
  /override/i,
  /TTS ·|TTS Ops/,
  /\brow \d/i,
  /expected 1Z/,
  /U\.S\.C\./,
  /docs\//,
  /Seller University|SU-US/,
  /\bpaste\b/i,
  /\bfix\b/i,
  /\btab\b/i,
  /'(Analytics|Orders|Shipping Provider Name|Risks|Action items|Promo calendar)'/,
  /No open risks|No open action items|None on the Promo calendar|Nothing on the 30-60-90 plan/,
  /read-out/i,
];

/** The patterns of INTERNAL_TEXT found in a client copy, with the text around each, for a readable failure. */
export function internalTextIn(text: string): string[] {
  return INTERNAL_TEXT.flatMap((pattern) => {
    const match = pattern.exec(text);
    return match ? [`${pattern}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`] : [];
  });
}
