import type { CatalogSku } from './catalog';
import type { Place } from './people';
import type { Rng } from './random';

/** A SKU line's amounts, in cents. */
export interface PricedLine {
  sku: CatalogSku;
  quantity: number;
  returnQuantity: number;
  unitPrice: number;
  before: number;
  platformDiscount: number;
  sellerDiscount: number;
  after: number;
}

/** An order's order-level amounts, in cents (they repeat on every line of the order in an export). */
export interface OrderMoney {
  originalShipping: number;
  shippingSellerDiscount: number;
  shippingCoFunded: number;
  shippingPlatformDiscount: number;
  shippingAfter: number;
  paymentPlatformDiscount: number;
  retailDeliveryFee: number;
  taxes: number;
  orderAmount: number;
  refundAmount: number;
}

const FREE_SHIPPING_FROM = 3500;

export function priceOrder(
  rng: Rng,
  lines: { sku: CatalogSku; quantity: number }[],
  place: Place,
  express: boolean,
): { lines: PricedLine[]; money: OrderMoney } {
  const priced = lines.map(({ sku, quantity }): PricedLine => {
    const unitPrice = Math.round(sku.price * 100);
    const before = unitPrice * quantity;
    const sellerDiscount = rng.chance(0.3) ? Math.round((before * rng.pick([10, 15, 20, 25, 30])) / 100) : 0;
    const platformDiscount = rng.chance(0.15) ? Math.round((before * rng.int(5, 15)) / 100) : 0;
    const after = before - sellerDiscount - platformDiscount;
    return { sku, quantity, returnQuantity: 0, unitPrice, before, platformDiscount, sellerDiscount, after };
  });
  const items = priced.reduce((a, l) => a + l.after, 0);
  const heavy = lines.some((l) => l.sku.weightKg * l.quantity > 1);
  const originalShipping = express ? 999 : heavy ? 799 : 599;
  let shippingSellerDiscount = 0;
  let shippingCoFunded = 0;
  let shippingPlatformDiscount = 0;
  if (!express && items >= FREE_SHIPPING_FROM) {
    const who = rng.weighted<string>([
      ['seller', 60],
      ['platform', 30],
      ['split', 10],
    ]);
    if (who === 'seller') shippingSellerDiscount = originalShipping;
    else if (who === 'platform') shippingPlatformDiscount = originalShipping;
    else {
      shippingCoFunded = Math.round(originalShipping / 2);
      shippingPlatformDiscount = originalShipping - shippingCoFunded;
    }
  } else if (!express && rng.chance(0.2)) {
    shippingPlatformDiscount = originalShipping;
  }
  const shippingAfter = originalShipping - shippingSellerDiscount - shippingCoFunded - shippingPlatformDiscount;
  const taxes = Math.round((items + shippingAfter) * place.taxRate);
  const retailDeliveryFee = Math.round(place.retailDeliveryFee * 100);
  const paymentPlatformDiscount = rng.chance(0.03) ? Math.min(rng.int(1, 5) * 100, Math.floor(items / 2)) : 0;
  return {
    lines: priced,
    money: {
      originalShipping,
      shippingSellerDiscount,
      shippingCoFunded,
      shippingPlatformDiscount,
      shippingAfter,
      paymentPlatformDiscount,
      retailDeliveryFee,
      taxes,
      orderAmount: items + shippingAfter + taxes + retailDeliveryFee - paymentPlatformDiscount,
      refundAmount: 0,
    },
  };
}
