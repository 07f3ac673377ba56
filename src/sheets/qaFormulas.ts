import { ttsListingQa, ttsPromoQa, ttsUtmBuild, ttsUtmCheck } from '../core/formulas/qaFormulas';
import { formulaSettings, formulaShop } from './formulaSettings';
import { userFacing } from './userFacing';

/**
 * Checks a product table against TikTok Shop listing rules (limits from the market in Settings): title length, promotional wording, URLs, platform names, dupe claims, ALL CAPS, symbols, duplicate titles; main images; description; price; Seller SKU; UPC/EAN check digits.
 * @param {Products!A1:G} products The product table, header row included ('Seller SKU' and 'Product name' required).
 * @return A table Row, Severity, Check, Message, Fix (Row counts the header as 1), or one OK row.
 * @customfunction
 * @preserve
 */
global.TTS_LISTING_QA = (products: unknown) =>
  userFacing(() => {
    const { settings, format } = formulaShop();
    return ttsListingQa(products, settings, format);
  });

/**
 * Checks a promotion tracker: promo price below list, discount bands per type, dates, flash deal length, 30-day low, overlapping flash deals and buy-more-save-more, tiers, stock; SKUs and list prices against the products table when given.
 * @param {Promos!A1:O} promos The promotion table, header row included ('Seller SKU' and 'Type' required).
 * @param {Products!A1:G} products Optional product table ('Seller SKU' and 'Price') to check SKUs and list prices against.
 * @return A table Row, Severity, Check, Message, Fix (Row counts the header as 1), or one OK row.
 * @customfunction
 * @preserve
 */
global.TTS_PROMO_QA = (promos: unknown, products: unknown) =>
  userFacing(() => {
    const { settings, format } = formulaShop();
    return ttsPromoQa(promos, products, settings, format);
  });

/**
 * Checks tagged links: full http(s) URL, utm_source/medium/campaign present, lower case, no spaces, no repeated or empty keys, GA4 paid-social medium, unfilled TikTok macros, ttclid.
 * @param {Links!A1:I} urls One URL, a column of URLs, or a links table with a 'URL' column (and an optional 'Ad template' column).
 * @return OK or the problems joined with "; ": one value for one URL, a column for a range.
 * @customfunction
 * @preserve
 */
global.TTS_UTM_CHECK = (urls: unknown) => userFacing(() => ttsUtmCheck(urls, formulaSettings()));

/**
 * Builds a clean tagged link: the base URL's old utm_* and ttclid replaced, values trimmed, lower case, spaces as _, encoded.
 * @param {"https://shop.example.com/products/mug"} base The landing page, a full https:// URL.
 * @param {"tiktok"} source utm_source: where the click comes from.
 * @param {"paid_social"} medium utm_medium: paid_social, cpc, social, email, affiliate...
 * @param {"black_friday_2026"} campaign utm_campaign.
 * @param {"video_a"} content Optional utm_content: which ad or creative.
 * @param {"mug"} term Optional utm_term.
 * @return {string} The tagged URL.
 * @customfunction
 * @preserve
 */
global.TTS_UTM_BUILD = (base: unknown, source: unknown, medium: unknown, campaign: unknown, content: unknown, term: unknown) =>
  userFacing(() => ttsUtmBuild(base, source, medium, campaign, content, term));
