/** Seller SKUs are compared trimmed and case-insensitively: 'mug-01' and 'MUG-01' are one SKU. */
export const skuKey = (sku: string): string => sku.toUpperCase();
