import type { ChannelMeasure } from './analyticsHeaders';

/**
 * The section labels a Data Compass product list puts over its repeated metric blocks (the row above the header), per
 * language, and the channel whose GMV each section's GMV column holds; 'all' is the overall block, read as the GMV.
 * English: All / LIVE / Video / Product card; Vietnamese: Tất cả / Buổi LIVE / Video / Liên kết / Thẻ sản phẩm.
 * Liên kết (affiliate links) has no channel measure yet: its block stays a section whose repeats are ignored.
 */
export const PRODUCT_LIST_SECTIONS: ReadonlyMap<string, ChannelMeasure | 'all'> = new Map<string, ChannelMeasure | 'all'>([
  ['all', 'all'],
  ['live', 'liveGmv'],
  ['video', 'videoGmv'],
  ['product card', 'productCardGmv'],
  ['tất cả', 'all'],
  ['buổi live', 'liveGmv'],
  ['thẻ sản phẩm', 'productCardGmv'],
]);
