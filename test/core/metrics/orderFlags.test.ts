import { isCancelledStatus, isReturnType } from '../../../src/core/metrics/orderFlags';

const RETURN_TYPES = [
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
];
const CANCEL_TYPES = [
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
];
const CANCELLED_STATUSES = [
  'Cancelled',
  'Dibatalkan',
  'Đã hủy',
  'ยกเลิกแล้ว',
  'Cancelado',
  'Storniert',
  'Annulée',
  'Annullato',
  'キャンセル済み',
  '已取消',
];
const OTHER_STATUSES = ['Completed', 'Delivered', 'Selesai', 'Đã giao', 'Abgeschlossen', 'Terminée', 'Concluído'];

describe("the translated words of 'Cancelation/Return Type' and 'Order Status'", () => {
  it.each([...RETURN_TYPES.map((word) => [word, true]), ...CANCEL_TYPES.map((word) => [word, false])])(
    'reads the type %p as a return: %p',
    (word, isReturn) => {
      expect(isReturnType(word)).toBe(isReturn);
    },
  );

  it.each([...CANCELLED_STATUSES.map((word) => [word, true]), ...OTHER_STATUSES.map((word) => [word, false])])(
    'reads the status %p as cancelled: %p',
    (word, cancelled) => {
      expect(isCancelledStatus(word)).toBe(cancelled);
    },
  );
});
