import { COMMON_RULES, type CommonRuleId } from './commonRules';
import { errorRule, warningRule, type Rules } from './rule';

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
  'sku-too-long': errorRule(
    "Seller SKU '{sku}' is {length} characters; expected at most {max}.",
    'Shorten the Seller SKU to {max} characters or fewer.',
  ),
  'sku-duplicate': errorRule(
    "Seller SKU '{sku}' is also on row {firstRow}; expected each SKU once.",
    'Give each variant its own Seller SKU, or delete the repeated row.',
  ),
  'title-missing': errorRule(
    'Product name is blank; expected a title of {min}–{max} characters.',
    'Write a title: brand, product, key attribute (size, colour, count).',
  ),
  'title-length': errorRule("Title is {length} characters ('{title}'); expected {min}–{max}.", 'Rewrite the title within {min}–{max} characters.'),
  'title-promotional': errorRule(
    "Title contains promotional wording '{found}' ('{title}'); expected a plain description of the product.",
    "Remove '{found}': offers belong in a promotion, not the title.",
  ),
  'title-url': errorRule("Title contains a web address '{found}'; expected none.", "Remove '{found}' from the title."),
  'title-platform': errorRule("Title names '{found}'; expected no reference to TikTok or another platform.", "Remove '{found}' from the title."),
  'title-counterfeit': warningRule(
    "Title contains '{found}'; TikTok rejects dupe, fake and knock-off claims.",
    "Remove '{found}'; for imitation materials say 'faux' or 'artificial'.",
  ),
  'title-all-caps': warningRule(
    "Title is in capitals ('{title}'); expected normal capitalisation.",
    'Rewrite the title in sentence or title case; keep capitals for brand names and codes.',
  ),
  'title-symbols': warningRule(
    "Title contains decorative symbols '{found}'; expected letters, digits and plain punctuation.",
    'Remove the symbols and emoji.',
  ),
  'title-duplicate': warningRule(
    "Title '{title}' is the same as row {firstRow}; expected a distinct title for each product.",
    'Merge duplicate listings, or give each product a distinct title; variants of one product differ in the Variation column.',
  ),
  'images-none': errorRule(
    'No main images ({found}); expected {min}–{max}.',
    'Add at least {min} main images (300×300 to 4000×4000 px, at most 5 MB each).',
  ),
  'images-few': warningRule(
    '{count} main images ({found}); at least {min} recommended.',
    'Add {missing} more main images: angles, scale, details, in use.',
  ),
  'images-too-many': errorRule('{count} main images ({found}); expected at most {max}.', 'Keep the best {max} main images.'),
  'description-missing': errorRule(
    'Description is blank; expected at least {min} words.',
    'Describe the product: what it is, materials, size, what is in the box, care.',
  ),
  'description-short': warningRule(
    'Description has {words} words; at least {min} recommended.',
    'Add materials, size, what is in the box and care instructions.',
  ),
  'description-too-long': errorRule('Description is {length} characters; expected at most {max}.', 'Cut the description to {max} characters.'),
  'price-missing': errorRule('Price is blank; expected {min}–{max}.', 'Fill in the list price.'),
  'price-range': errorRule(
    'Price {price} is outside {min}–{max}.',
    'Correct the price; the shop accepts {min}–{max} (Settings qa.priceMin and qa.priceMax; 0.01–7,600 in the US).',
  ),
  'gtin-format': errorRule(
    "UPC/EAN '{code}' {problem}; expected 8, 12, 13 or 14 digits.",
    'Copy the code from the packaging, and store it as plain text so a spreadsheet keeps leading zeros and every digit.',
  ),
  'gtin-check-digit': errorRule(
    "UPC/EAN '{code}' ends in {found}; its check digit should be {expected}.",
    'Copy the code again from the packaging or the GS1 record; a digit is mistyped.',
  ),
};
