import { cancellerOf, isSellerFaultCancel } from '../../../src/core/health/sellerFault';

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
    // The words of the other markets' Seller Center languages.
    ['Penjual', 'Stok habis', true],
    ['Pembeli', 'Tidak jadi membeli', false],
    ['Sistem', 'Pembayaran tidak diterima', false],
    ['Sistem', 'Tidak dikirim tepat waktu', true],
    ['Người bán', 'Hết hàng', true],
    ['Người mua', 'Đổi ý', false],
    ['ผู้ขาย', 'สินค้าหมด', true],
    ['ผู้ซื้อ', 'เปลี่ยนใจ', false],
    ['Verkäufer', 'Nicht vorrätig', true],
    ['Käufer', 'Nicht mehr benötigt', false],
    ['Vendedor', 'Sin stock', true],
    ['Comprador', 'Ya no lo necesito', false],
    ['Sistema', 'Pago no completado', false],
    ['Vendeur', 'Rupture de stock', true],
    ['Acheteur', 'Commande en double', false],
    ['Venditore', 'Esaurito', true],
    ['販売者', '在庫切れ', true],
    ['購入者', '注文間違い', false],
    ['システム', '支払い期限切れ', false],
  ])("Cancel By '%s', reason '%s' → %s", (by, reason, expected) => {
    expect(isSellerFaultCancel(by, reason)).toBe(expected);
  });
});

describe('who cancelled', () => {
  it.each([
    ['Buyer', 'buyer'],
    ['Seller', 'seller'],
    ['TikTok Shop', 'system'],
    ['Verkäufer', 'seller'],
    ['Käufer', 'buyer'],
    ['  ', 'blank'],
    ['Lainnya', 'unrecognised'],
  ])("'%s' is the %s", (by, expected) => {
    expect(cancellerOf(by)).toBe(expected);
  });
});
