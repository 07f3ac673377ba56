import { COMMON_RULES, type CommonRuleId } from './commonRules';
import type { Rules } from './rule';

export type ListingRuleId =
  | CommonRuleId
  | 'sku-too-long'
  | 'sku-duplicate'
  | 'title-missing'
  | 'title-length'
  | 'title-promotional'
  | 'title-url'
  | 'title-platform'
  | 'title-counterfeit'
  | 'title-all-caps'
  | 'title-symbols'
  | 'title-duplicate'
  | 'images-none'
  | 'images-few'
  | 'images-too-many'
  | 'description-missing'
  | 'description-short'
  | 'description-too-long'
  | 'price-missing'
  | 'price-range'
  | 'gtin-format'
  | 'gtin-check-digit';

/** The listing checks of TTS_LISTING_QA, one row each. */
export const LISTING_RULES: Rules<ListingRuleId> = {
  ...COMMON_RULES,
  'sku-too-long': {
    severity: 'ERROR',
    message: "Seller SKU '{sku}' is {length} characters; expected at most {max}.",
    fix: 'Shorten the Seller SKU to {max} characters or fewer.',
  },
  'sku-duplicate': {
    severity: 'ERROR',
    message: "Seller SKU '{sku}' is also on row {firstRow}; expected each SKU once.",
    fix: 'Give each variant its own Seller SKU, or delete the repeated row.',
  },
  'title-missing': {
    severity: 'ERROR',
    message: 'Product name is blank; expected a title of {min}–{max} characters.',
    fix: 'Write a title: brand, product, key attribute (size, colour, count).',
  },
  'title-length': {
    severity: 'ERROR',
    message: "Title is {length} characters ('{title}'); expected {min}–{max}.",
    fix: 'Rewrite the title within {min}–{max} characters.',
  },
  'title-promotional': {
    severity: 'ERROR',
    message: "Title contains promotional wording '{found}' ('{title}'); expected a plain description of the product.",
    fix: "Remove '{found}': offers belong in a promotion, not the title.",
  },
  'title-url': {
    severity: 'ERROR',
    message: "Title contains a web address '{found}'; expected none.",
    fix: "Remove '{found}' from the title.",
  },
  'title-platform': {
    severity: 'ERROR',
    message: "Title names '{found}'; expected no reference to TikTok or another platform.",
    fix: "Remove '{found}' from the title.",
  },
  'title-counterfeit': {
    severity: 'WARNING',
    message: "Title contains '{found}'; TikTok rejects dupe, fake and knock-off claims.",
    fix: "Remove '{found}'; for imitation materials say 'faux' or 'artificial'.",
  },
  'title-all-caps': {
    severity: 'WARNING',
    message: "Title is in capitals ('{title}'); expected normal capitalisation.",
    fix: 'Rewrite the title in sentence or title case; keep capitals for brand names and codes.',
  },
  'title-symbols': {
    severity: 'WARNING',
    message: "Title contains decorative symbols '{found}'; expected letters, digits and plain punctuation.",
    fix: 'Remove the symbols and emoji.',
  },
  'title-duplicate': {
    severity: 'WARNING',
    message: "Title '{title}' is the same as row {firstRow}; expected a distinct title for each product.",
    fix: 'Merge duplicate listings, or give each product a distinct title; variants of one product differ in the Variation column.',
  },
  'images-none': {
    severity: 'ERROR',
    message: 'No main images ({found}); expected {min}–{max}.',
    fix: 'Add at least {min} main images (300×300 to 4000×4000 px, at most 5 MB each).',
  },
  'images-few': {
    severity: 'WARNING',
    message: '{count} main images ({found}); at least {min} recommended.',
    fix: 'Add {missing} more main images: angles, scale, details, in use.',
  },
  'images-too-many': {
    severity: 'ERROR',
    message: '{count} main images ({found}); expected at most {max}.',
    fix: 'Keep the best {max} main images.',
  },
  'description-missing': {
    severity: 'ERROR',
    message: 'Description is blank; expected at least {min} words.',
    fix: 'Describe the product: what it is, materials, size, what is in the box, care.',
  },
  'description-short': {
    severity: 'WARNING',
    message: 'Description has {words} words; at least {min} recommended.',
    fix: 'Add materials, size, what is in the box and care instructions.',
  },
  'description-too-long': {
    severity: 'ERROR',
    message: 'Description is {length} characters; expected at most {max}.',
    fix: 'Cut the description to {max} characters.',
  },
  'price-missing': {
    severity: 'ERROR',
    message: 'Price is blank; expected {min}–{max}.',
    fix: 'Fill in the list price.',
  },
  'price-range': {
    severity: 'ERROR',
    message: 'Price {price} is outside {min}–{max}.',
    fix: 'Correct the price; TikTok Shop US accepts {min}–{max}.',
  },
  'gtin-format': {
    severity: 'ERROR',
    message: "UPC/EAN '{code}' {problem}; expected 8, 12, 13 or 14 digits.",
    fix: 'Copy the code from the packaging, and store it as plain text so a spreadsheet keeps leading zeros and every digit.',
  },
  'gtin-check-digit': {
    severity: 'ERROR',
    message: "UPC/EAN '{code}' ends in {found}; its check digit should be {expected}.",
    fix: 'Copy the code again from the packaging or the GS1 record; a digit is mistyped.',
  },
};
