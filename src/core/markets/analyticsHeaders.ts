/** Seller Center languages whose Data Compass exports put their headers in that language. */
export type AnalyticsLanguage = 'en' | 'vi' | 'th' | 'id' | 'ms' | 'es' | 'de' | 'fr' | 'it' | 'pt' | 'ja' | 'zh';

/** Analytics columns whose header follows the seller's language (GMV stays 'GMV'), in the order `language(…)` takes them. */
const TRANSLATED_COLUMNS = ['date', 'productName', 'orders', 'itemsSold', 'customers', 'visitors', 'impressions', 'clicks'] as const;
export type TranslatedAnalyticsColumn = (typeof TRANSLATED_COLUMNS)[number];

export type LanguageHeaders = { readonly [column in TranslatedAnalyticsColumn]: readonly string[] };

/** A language's headers in the order of `TRANSLATED_COLUMNS`; a column with several names lists them all. */
type HeaderRow = [
  date: Names,
  productName: Names,
  orders: Names,
  itemsSold: Names,
  customers: Names,
  visitors: Names,
  impressions: Names,
  clicks: Names,
];
type Names = string | readonly string[];

/** One row per language, not one object: the column names would be written eleven times over in the Apps Script bundle. */
function language(...names: HeaderRow): LanguageHeaders {
  return Object.fromEntries(TRANSLATED_COLUMNS.map((column, i) => [column, typeof names[i] === 'string' ? [names[i]] : names[i]])) as LanguageHeaders;
}

/** Data Compass headers per language (marketSources.ts says which were seen in an export); every language's are accepted whatever the market, since agencies switch Seller Center languages. */
export const ANALYTICS_HEADERS_BY_LANGUAGE: { readonly [language in Exclude<AnalyticsLanguage, 'en'>]: LanguageHeaders } = {
  vi: language(
    'Ngày',
    'Tên sản phẩm',
    'Đơn hàng',
    'Số món bán ra',
    'Khách hàng',
    'Khách truy cập',
    'Lượt hiển thị sản phẩm',
    'Lượt nhấp vào sản phẩm',
  ),
  th: language('วันที่', 'ชื่อสินค้า', 'คำสั่งซื้อ', ['สินค้าที่ขายได้', 'จำนวนสินค้าที่ขายได้'], 'ลูกค้า', 'ผู้เข้าชม', 'การแสดงผลสินค้า', 'การคลิกสินค้า'),
  id: language(
    'Tanggal',
    'Nama produk',
    'Pesanan',
    ['Produk terjual', 'Item terjual'],
    ['Pelanggan', 'Pembeli'],
    'Pengunjung',
    ['Tayangan produk', 'Impresi produk'],
    'Klik produk',
  ),
  ms: language('Tarikh', 'Nama produk', 'Pesanan', 'Item dijual', 'Pelanggan', 'Pelawat', 'Tera produk', 'Klik produk'),
  es: language(
    'Fecha',
    'Nombre del producto',
    'Pedidos',
    'Artículos vendidos',
    'Clientes',
    'Visitantes',
    ['Impresiones del producto', 'Impresiones de productos'],
    ['Clics en el producto', 'Clics en productos'],
  ),
  de: language('Datum', 'Produktname', 'Bestellungen', 'Verkaufte Artikel', 'Kunden', 'Besucher', 'Produktimpressionen', 'Produktklicks'),
  fr: language(
    'Date',
    'Nom du produit',
    'Commandes',
    'Articles vendus',
    'Clients',
    'Visiteurs',
    ['Impressions de produits', 'Impressions du produit'],
    ['Clics sur les produits', 'Clics sur le produit'],
  ),
  it: language('Data', 'Nome del prodotto', 'Ordini', 'Articoli venduti', 'Clienti', 'Visitatori', 'Impressioni del prodotto', 'Clic sul prodotto'),
  pt: language(
    'Data',
    'Nome do produto',
    'Pedidos',
    'Itens vendidos',
    'Clientes',
    'Visitantes',
    ['Impressões do produto', 'Impressões de produtos'],
    ['Cliques no produto', 'Cliques em produtos'],
  ),
  ja: language(
    '日付',
    '商品名',
    '注文数',
    ['販売数', '販売個数'],
    ['顧客数', '購入者数'],
    '訪問者数',
    ['商品インプレッション数', '商品表示回数'],
    '商品クリック数',
  ),
  zh: language(
    '日期',
    '商品名称',
    '订单数',
    ['售出件数', '商品销量'],
    ['买家数', '客户数'],
    '访客数',
    ['商品曝光次数', '商品曝光量'],
    ['商品点击次数', '商品点击量'],
  ),
};

/** Every language's headers of one analytics column, for its alias list. */
export function translatedHeaders(column: TranslatedAnalyticsColumn): string[] {
  return Object.values(ANALYTICS_HEADERS_BY_LANGUAGE).flatMap((language) => language[column]);
}

/**
 * Data Compass shop-analytics GMV by channel, one column per channel, English (the English export's and the facts'
 * product-analytics headers) and Indonesian (Analitik Toko); no other language's headers are sourced yet.
 */
export const CHANNEL_GMV_HEADERS = {
  liveGmv: ['LIVE-attributed GMV'],
  videoGmv: ['Video-attributed GMV'],
  productCardGmv: ['Product card GMV'],
  creatorLiveGmv: ['Creator LIVE-attributed GMV', 'GMV dari LIVE kreator'],
  creatorVideoGmv: ['Creator video-attributed GMV'],
  linkedLiveGmv: ['Linked account LIVE-attributed GMV', 'GMV dari LIVE akun tertaut'],
  linkedVideoGmv: ['Linked account video-attributed GMV', 'GMV dari video akun tertaut'],
  sellerLiveGmv: ['GMV LIVE penjual'],
  sellerLiveIndirectGmv: ['GMV tidak langsung dari LIVE penjual'],
  affiliateVideoGmv: ['GMV dari video afiliasi'],
} as const;

export type ChannelMeasure = keyof typeof CHANNEL_GMV_HEADERS;
