/** The demo shop's catalog, shared by the order export and the analytics export. */
export interface DemoSku {
  skuId: string;
  sellerSku: string;
  variation: string;
  price: number;
  weightKg: number;
}

export interface DemoProduct {
  productId: string;
  name: string;
  category: string;
  /** Relative share of demand at the start of the period. */
  popularity: number;
  /** Demand growth over the whole period: 0.3 = +30% by the end, -0.2 = -20%. */
  drift: number;
  /** Typical visitor-to-buyer conversion rate. */
  conversion: number;
  skus: DemoSku[];
}

type SkuSpec = [suffix: string, variation: string, price: number, weightKg: number];

function product(
  index: number,
  name: string,
  category: string,
  prefix: string,
  popularity: number,
  drift: number,
  conversion: number,
  skus: SkuSpec[],
): DemoProduct {
  const productId = `172948${String(40311 + index * 7919).padStart(7, '0')}${String(1000000 + index * 37).slice(1)}`;
  return {
    productId,
    name,
    category,
    popularity,
    drift,
    conversion,
    skus: skus.map(([suffix, variation, price, weightKg], i) => ({
      skuId: `172946${String(88125 + index * 104729 + i * 13).padStart(8, '0')}${String(100000 + i * 4241 + index).slice(1)}`,
      sellerSku: `${prefix}-${suffix}`,
      variation,
      price,
      weightKg,
    })),
  };
}

export const CATALOG: readonly DemoProduct[] = [
  product(1, 'Hydrating Hyaluronic Acid Face Serum', 'Beauty & Personal Care', 'HA-SERUM', 14, 0.35, 0.031, [
    ['30ML', '30 ml', 19.99, 0.12],
    ['60ML', '60 ml', 32.99, 0.2],
  ]),
  product(2, 'Vitamin C Brightening Face Cream', 'Beauty & Personal Care', 'VC-CREAM', 8, -0.1, 0.026, [['50G', '50 g', 24.99, 0.15]]),
  product(3, 'Mulberry Silk Pillowcase Queen Size', 'Home Supplies', 'SILK-PC', 10, 0.1, 0.022, [
    ['CHAMP', 'Champagne', 29.99, 0.18],
    ['BLACK', 'Black', 29.99, 0.18],
    ['BLUSH', 'Blush Pink', 29.99, 0.18],
  ]),
  product(4, 'Heatless Curling Rod Headband', 'Beauty & Personal Care', 'CURL-ROD', 12, -0.25, 0.04, [
    ['PINK', 'Pink', 12.99, 0.09],
    ['GREY', 'Grey', 12.99, 0.09],
  ]),
  product(5, 'Jade Roller and Gua Sha Set', 'Beauty & Personal Care', 'ROLLER', 6, 0.0, 0.024, [
    ['JADE', 'Green Jade', 18.99, 0.3],
    ['ROSE', 'Rose Quartz', 21.99, 0.3],
  ]),
  product(6, 'Stainless Steel Insulated Tumbler 40 oz', 'Kitchenware', 'TUMBLER40', 11, 0.45, 0.028, [
    ['SAGE', 'Sage', 27.99, 0.62],
    ['CREAM', 'Cream', 27.99, 0.62],
    ['BLACK', 'Black', 27.99, 0.62],
  ]),
  product(7, 'LED Vanity Mirror with Lights', 'Home Supplies', 'MIRROR-LED', 4, 0.2, 0.015, [
    ['TABLE', 'Tabletop', 39.99, 1.1],
    ['WALL', 'Wall Mount', 49.99, 1.4],
  ]),
  product(8, 'Magnetic Phone Mount for Car', 'Automotive & Motorcycle', 'CAR-MOUNT', 7, -0.05, 0.033, [
    ['DASH', 'Dashboard', 15.99, 0.11],
    ['VENT', 'Air Vent', 13.99, 0.08],
  ]),
  product(9, 'Reusable Makeup Remover Pads 16 Pack', 'Beauty & Personal Care', 'PADS16', 5, 0.05, 0.037, [['WHITE', 'White', 9.99, 0.07]]),
  product(10, 'Silicone Scalp Massager Shampoo Brush', 'Beauty & Personal Care', 'SCALP-BR', 6, 0.0, 0.042, [
    ['BLUE', 'Blue', 8.99, 0.06],
    ['PINK', 'Pink', 8.99, 0.06],
  ]),
  product(11, 'Overnight Collagen Lip Mask', 'Beauty & Personal Care', 'LIP-MASK', 7, 0.6, 0.035, [
    ['BERRY', 'Strawberry', 14.99, 0.05],
    ['PLAIN', 'Unscented', 14.99, 0.05],
  ]),
  product(12, 'Portable Bladeless Neck Fan', 'Phones & Electronics', 'NECK-FAN', 6, -0.55, 0.019, [
    ['WHITE', 'White', 22.99, 0.32],
    ['LAV', 'Lavender', 22.99, 0.32],
  ]),
  product(13, 'Satin Hair Scrunchies 12 Pack', 'Fashion Accessories', 'SCRUNCH12', 4, 0.15, 0.045, [['NEUT', 'Neutrals', 11.99, 0.08]]),
];

export interface CatalogSku extends DemoSku {
  product: DemoProduct;
}

/** Every SKU of the catalog, each with its product. */
export const CATALOG_SKUS: readonly CatalogSku[] = CATALOG.flatMap((p) => p.skus.map((s) => ({ ...s, product: p })));
