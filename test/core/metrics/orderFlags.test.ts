import { isCancelledStatus, isReturnType } from '../../../src/core/metrics/orderFlags';

describe("the translated words of 'Cancelation/Return Type' and 'Order Status'", () => {
  it.each([
    'Return/Refund',
    'Pengembalian/Pengembalian Dana',
    'Pemulangan/Bayaran Balik',
    'Trả hàng/Hoàn tiền',
    'คืนสินค้า/คืนเงิน',
    'Devolución/Reembolso',
    'Devolução/Reembolso',
    'Rückgabe/Erstattung',
    'Rückerstattung',
    'Retour/Remboursement',
    'Reso/Rimborso',
    '返品/返金',
    '退货/退款',
  ])('reads %p as a return or refund', (word) => {
    expect(isReturnType(word)).toBe(true);
  });

  it.each([
    'Cancel',
    'Pembatalan',
    'Hủy',
    'ยกเลิก',
    'Cancelación',
    'Cancelamento',
    'Stornierung',
    'Annulation',
    'Annullamento',
    'キャンセル',
    '取消',
    '',
  ])('does not read the cancel type %p as a return', (word) => {
    expect(isReturnType(word)).toBe(false);
  });

  it.each(['Cancelled', 'Dibatalkan', 'Đã hủy', 'ยกเลิกแล้ว', 'Cancelado', 'Storniert', 'Annulée', 'Annullato', 'キャンセル済み', '已取消'])(
    'reads the status %p as cancelled',
    (word) => {
      expect(isCancelledStatus(word)).toBe(true);
    },
  );

  it.each(['Completed', 'Delivered', 'Selesai', 'Đã giao', 'Abgeschlossen', 'Terminée', 'Concluído'])(
    'reads the status %p as not cancelled',
    (word) => {
      expect(isCancelledStatus(word)).toBe(false);
    },
  );
});
