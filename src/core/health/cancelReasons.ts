import { cleanText } from '../values/cleanText';

/**
 * What a cancel reason says, in the languages of our markets' Seller Center: a seller's fault (out of stock, a pricing
 * error, not shipped in time: SU-US:7953001314830094), not the seller's (unpaid, a failed delivery, a fraud check:
 * SU-TH:6837799362201346), the buyer's own wish, or none of the reasons TTS Ops knows. English wordings follow Seller
 * University; the other languages' are their ordinary words for the same reasons, not yet seen in an export (docs/MARKETS.md).
 */
export type ReasonKind = 'seller' | 'notSeller' | 'buyer' | 'blank' | 'unknown';

/** Per kind, one pattern per language (English, Indonesian, Vietnamese, Thai, Spanish, German, French, Portuguese, Italian, Japanese, Chinese). */
const REASON_WORDS: readonly (readonly [Exclude<ReasonKind, 'blank' | 'unknown'>, readonly RegExp[]])[] = [
  [
    'seller',
    [
      /out of stock|no stock|stock ?out|sold out|inventory|pric(e|ing) (error|mistake|incorrect)|wrong price|incorrect price/i,
      /unable to (ship|fulfil|deliver)|can(no|')t (ship|fulfil)|cannot (ship|fulfil)|tracking (not|never) (added|updated|uploaded)|no (valid )?tracking/i,
      /(fail(ed)?|not) (to )?(ship|dispatch|deliver)(ped)? (in|on) time|ship(ping)? (sla|timeout|overdue)|late (ship|dispatch)|not shipped/i,
      /stok (habis|kosong)|kehabisan stok|harga salah|salah harga|(tidak|belum) dikirim|terlambat dikirim/i,
      /hết hàng|sai giá|không (giao|gửi) hàng|giao hàng (trễ|chậm)|gửi hàng (trễ|chậm)/i,
      /สินค้าหมด|หมดสต็อก|ราคาผิด|ไม่ได้จัดส่ง|จัดส่งล่าช้า|ไม่จัดส่งตามเวลา/,
      /sin (stock|existencias)|agotado|fuera de stock|error (de|en el) precio|precio incorrecto|no (enviado|se envió)|envío (tardío|retrasado)/i,
      /nicht (vorrätig|auf lager|lieferbar|rechtzeitig versandt|versandt)|ausverkauft|preisfehler|falscher preis|verspäteter versand/i,
      /rupture de stock|épuisé|erreur de prix|prix (incorrect|erroné)|non expédié|expédition en retard/i,
      /sem estoque|esgotado|fora de estoque|erro (de|no) preço|preço (incorreto|errado)|não enviado|envio atrasado/i,
      /esaurito|non disponibile|errore (di|nel) prezzo|prezzo (errato|sbagliato)|non spedito|spedizione in ritardo/i,
      /在庫切れ|品切れ|価格(の)?(誤り|間違い|ミス)|未発送|発送遅延|缺货|库存不足|價格錯誤|价格错误|未发货|发货超时/,
    ],
  ],
  [
    'notSeller',
    [
      /pay(ment)?|unpaid|deliver(y)? fail|failed (to )?deliver|lost|damaged|return(ed)? to sender|fraud|suspicious|risk/i,
      /pembayaran|bayar|pengiriman gagal|gagal (diantar|terkirim)|hilang|rusak|penipuan|mencurigakan/i,
      /thanh toán|giao hàng (thất bại|không thành công)|thất lạc|hư hỏng|gian lận/i,
      /ชำระ|จัดส่งไม่สำเร็จ|สูญหาย|เสียหาย|ฉ้อโกง|ทุจริต/,
      /pago|entrega fallida|extraviado|perdido|dañado|fraude|sospechos/i,
      /zahlung|bezahl|zustellung fehlgeschlagen|verloren|beschädigt|betrug/i,
      /paiement|échec de (la )?livraison|livraison échouée|perdu|endommagé|fraude/i,
      /pagamento|falha na entrega|extraviado|danificado|fraude/i,
      /consegna fallita|smarrito|danneggiato|frode/i,
      /支払|付款|支付|配達失敗|配送失敗|紛失|破損|不正|配送失败|丢失|欺诈/,
    ],
  ],
  [
    'buyer',
    [
      /no longer (need|want)|don'?t (need|want)|change(d)? (of |my )?mind|ordered by mistake|wrong (item|size|colou?r|address)|duplicate|(better|lower) price|cheaper|buyer request/i,
      /tidak jadi|berubah pikiran|tidak (membutuhkan|butuh|perlu)|salah (pesan|beli|alamat|ukuran)|pesanan ganda|ubah alamat|permintaan pembeli/i,
      /đổi ý|không còn (nhu cầu|muốn)|đặt nhầm|đặt trùng|thay đổi địa chỉ|người mua yêu cầu/i,
      /เปลี่ยนใจ|ไม่ต้องการแล้ว|สั่งผิด|สั่งซ้ำ|เปลี่ยนที่อยู่|ผู้ซื้อขอยกเลิก/,
      /ya no lo (necesito|quiero)|cambi[eé] de (opinión|idea)|pedido (por error|duplicado)|dirección (equivocada|incorrecta)/i,
      /nicht mehr (benötigt|gewünscht)|meinung geändert|versehentlich bestellt|doppelt bestellt|falsche adresse/i,
      /plus besoin|changé d'avis|commande en double|commandé par erreur|mauvaise adresse/i,
      /não (preciso|quero) mais|mudei de ideia|pedido (duplicado|por engano)|endereço errado/i,
      /non (mi )?serve più|cambiato idea|ordine duplicato|ordinato per errore|indirizzo sbagliato/i,
      /不要になった|気が変わった|注文間違い|重複注文|住所(の)?間違い|不想要了|重复下单|拍错/,
    ],
  ],
];

export function reasonKind(reason: unknown): ReasonKind {
  const why = cleanText(reason);
  if (!why) return 'blank';
  return REASON_WORDS.find(([, patterns]) => patterns.some((pattern) => pattern.test(why)))?.[0] ?? 'unknown';
}
