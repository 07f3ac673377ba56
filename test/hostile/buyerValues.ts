/** A buyer's data as TikTok's order export writes it: phones (plain and masked), a masked name, a name without capitals, addresses, a username. */
export const TIKTOK_BUYER_VALUES: readonly string[] = [
  '(+1)555-867-5309',
  '(+1)917*****88',
  '王*明',
  'zelda quixote',
  'Jl. Sudirman No. 5, Jakarta',
  '99/1 ถนนสุขุมวิท',
  'zz_buyer_handle_41',
];

/** A buyer's message: free text no pattern can tell from any other, so only never quoting an export's cell keeps it out. */
export const BUYER_MESSAGE = 'please leave it with the doorman, thanks!';
