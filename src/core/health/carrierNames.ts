import { cleanText } from '../values/cleanText';
import { carrierOf } from './trackingNumbers';

/**
 * The parcel carriers and national posts of TikTok Shop's markets beyond the US ones trackingNumbers.ts knows by their
 * numbers: known by name only (their numbers are judged by the general rule), so an evidence pack names the carrier a
 * 'Shipping Provider Name' holds, where a value it does not know is described by its shape (it may be a shifted paste).
 */
const CARRIER_NAMES: readonly (readonly [string, RegExp])[] = [
  ['J&T Express', /\bj\s*&\s*t\b/i],
  ['Flash Express', /\bflash\s*express\b/i],
  ['Kerry Express', /\bkerry\b/i],
  ['Thailand Post', /thailand\s*post|ไปรษณีย์ไทย/i],
  ['Ninja Van', /\bninja\s*van\b/i],
  ['SPX Express', /\bspx\b/i],
  ['Best Express', /\bbest\s*express\b/i],
  ['Giao Hàng Nhanh', /\bghn\b|giao\s*hàng\s*nhanh/i],
  ['Giao Hàng Tiết Kiệm', /\bghtk\b|giao\s*hàng\s*tiết\s*kiệm/i],
  ['Viettel Post', /\bviettel\s*post\b/i],
  ['Vietnam Post', /\bvn\s*post\b|vietnam\s*post/i],
  ['JNE', /\bjne\b/i],
  ['SiCepat', /\bsicepat\b/i],
  ['AnterAja', /\banter\s*aja\b/i],
  ['Pos Indonesia', /\bpos\s*indonesia\b/i],
  ['Pos Malaysia', /\bpos\s*malaysia\b/i],
  ['LBC', /\blbc\b/i],
  ['Singapore Post', /\bsingpost\b|singapore\s*post/i],
  ['Royal Mail', /\broyal\s*mail\b/i],
  ['Parcelforce', /\bparcelforce\b/i],
  ['Evri', /\bevri\b/i],
  ['Hermes', /\bhermes\b/i],
  ['DPD', /\bdpd\b/i],
  ['Yodel', /\byodel\b/i],
  ['An Post', /\ban\s*post\b/i],
  ['GLS', /\bgls\b/i],
  ['Deutsche Post', /\bdeutsche\s*post\b/i],
  ['Colissimo', /\bcolissimo\b/i],
  ['Chronopost', /\bchronopost\b/i],
  ['Mondial Relay', /\bmondial\s*relay\b/i],
  ['Poste Italiane', /\bposte\s*italiane\b/i],
  ['BRT', /\bbrt\b|bartolini/i],
  ['Correos', /\bcorreos\b/i],
  ['SEUR', /\bseur\b/i],
  ['Correios', /\bcorreios\b/i],
  ['Loggi', /\bloggi\b/i],
  ['Jadlog', /\bjadlog\b/i],
  ['Estafeta', /\bestafeta\b/i],
  ['Yamato Transport', /\byamato\b|ヤマト/i],
  ['Sagawa Express', /\bsagawa\b|佐川/i],
  ['Japan Post', /\bjapan\s*post\b|日本郵便/i],
];

/** The carrier a 'Shipping Provider Name' names, in its usual spelling; undefined for one no table knows. */
export function carrierName(provider: unknown): string | undefined {
  const name = cleanText(provider);
  if (!name) return undefined;
  return carrierOf(name)?.carrier ?? CARRIER_NAMES.find(([, names]) => names.test(name))?.[0];
}
