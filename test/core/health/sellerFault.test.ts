import { reasonKind } from '../../../src/core/health/cancelReasons';
import { cancellerOf, isSellerFaultCancel, isUndecidedCancel } from '../../../src/core/health/sellerFault';
import { reasonShown } from '../../../src/core/health/sellerFaultCancelRate';

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

describe('cancel reasons in the languages of our markets, with no Cancel By to decide', () => {
  it.each([
    // Indonesian, Thai, Vietnamese, Spanish, German, French, Portuguese, Japanese: seller's fault, not the seller's, the buyer's.
    ['Stok habis', 'seller'],
    ['Tidak dikirim tepat waktu', 'seller'],
    ['Pembayaran tidak diterima', 'notSeller'],
    ['Berubah pikiran', 'buyer'],
    ['สินค้าหมด', 'seller'],
    ['จัดส่งไม่สำเร็จ', 'notSeller'],
    ['เปลี่ยนใจ', 'buyer'],
    ['Hết hàng', 'seller'],
    ['Giao hàng thất bại', 'notSeller'],
    ['Đặt nhầm sản phẩm', 'buyer'],
    ['Sin stock', 'seller'],
    ['Error de precio', 'seller'],
    ['Ya no lo necesito', 'buyer'],
    ['Nicht rechtzeitig versandt', 'seller'],
    ['Zustellung fehlgeschlagen', 'notSeller'],
    ['Versehentlich bestellt', 'buyer'],
    ['Rupture de stock', 'seller'],
    ['Paiement non reçu', 'notSeller'],
    ['Commande en double', 'buyer'],
    ['Sem estoque', 'seller'],
    ['Falha na entrega', 'notSeller'],
    ['Mudei de ideia', 'buyer'],
    ['在庫切れ', 'seller'],
    ['配達失敗', 'notSeller'],
    ['注文間違い', 'buyer'],
    ['Lainnya', 'unknown'],
    ['  ', 'blank'],
  ])("'%s' is %s", (reason, kind) => {
    expect(reasonKind(reason)).toBe(kind);
    expect(isSellerFaultCancel('', reason)).toBe(kind === 'seller');
    expect(isUndecidedCancel('', reason)).toBe(kind === 'unknown' || kind === 'blank');
  });

  it('names a known reason in the note in its own words, and an unknown one as unknown, never quoting it', () => {
    expect(['Stok habis', 'Rupture de stock', '在庫切れ', 'Beli di toko lain'].map(reasonShown)).toEqual([
      'Stok habis',
      'Rupture de stock',
      '在庫切れ',
      'a reason TTS Ops does not know',
    ]);
  });
});
