import { isSellerFaultCancel } from '../../../src/core/health/sellerFault';

describe('seller-fault cancellations', () => {
  it.each([
    ['Seller', 'Out of stock', true],
    ['Seller', 'Pricing error', true],
    ['Seller', '', true],
    ['System', 'Failed to ship in time', true],
    ['System', '', true],
    ['', 'Out of stock', true],
    ['', 'Unable to ship', true],
    ['', 'Order not shipped on time', true],
    ['Buyer', 'No longer needed', false],
    ['Buyer', 'Out of stock', false],
    ['System', 'Payment not completed in time', false],
    ['System', 'Package delivery failed', false],
    ['TikTok Shop', 'Package lost by carrier', false],
    ['', 'Ordered the wrong item', false],
    ['', '', false],
  ])("Cancel By '%s', reason '%s' → %s", (by, reason, expected) => {
    expect(isSellerFaultCancel(by, reason)).toBe(expected);
  });
});
