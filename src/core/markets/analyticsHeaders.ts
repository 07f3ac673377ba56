/** Seller Center languages whose Data Compass exports put their headers in that language. */
export type AnalyticsLanguage = 'en' | 'vi' | 'th' | 'id' | 'ms' | 'es' | 'de' | 'fr' | 'it' | 'pt' | 'ja' | 'zh';

/** Analytics columns whose header follows the seller's language (GMV stays 'GMV'). */
export type TranslatedAnalyticsColumn = 'date' | 'productName' | 'orders' | 'itemsSold' | 'customers' | 'visitors' | 'impressions' | 'clicks';

export type LanguageHeaders = { readonly [column in TranslatedAnalyticsColumn]: readonly string[] };

/** Data Compass headers per language (marketSources.ts says which were seen in an export); every language's are accepted whatever the market, since agencies switch Seller Center languages. */
export const ANALYTICS_HEADERS_BY_LANGUAGE: { readonly [language in Exclude<AnalyticsLanguage, 'en'>]: LanguageHeaders } = {
  vi: {
    date: ['Ngày'],
    productName: ['Tên sản phẩm'],
    orders: ['Đơn hàng'],
    itemsSold: ['Số món bán ra'],
    customers: ['Khách hàng'],
    visitors: ['Khách truy cập'],
    impressions: ['Lượt hiển thị sản phẩm'],
    clicks: ['Lượt nhấp vào sản phẩm'],
  },
  th: {
    date: ['วันที่'],
    productName: ['ชื่อสินค้า'],
    orders: ['คำสั่งซื้อ'],
    itemsSold: ['สินค้าที่ขายได้', 'จำนวนสินค้าที่ขายได้'],
    customers: ['ลูกค้า'],
    visitors: ['ผู้เข้าชม'],
    impressions: ['การแสดงผลสินค้า'],
    clicks: ['การคลิกสินค้า'],
  },
  id: {
    date: ['Tanggal'],
    productName: ['Nama produk'],
    orders: ['Pesanan'],
    itemsSold: ['Produk terjual', 'Item terjual'],
    customers: ['Pelanggan', 'Pembeli'],
    visitors: ['Pengunjung'],
    impressions: ['Tayangan produk', 'Impresi produk'],
    clicks: ['Klik produk'],
  },
  ms: {
    date: ['Tarikh'],
    productName: ['Nama produk'],
    orders: ['Pesanan'],
    itemsSold: ['Item dijual'],
    customers: ['Pelanggan'],
    visitors: ['Pelawat'],
    impressions: ['Tera produk'],
    clicks: ['Klik produk'],
  },
  es: {
    date: ['Fecha'],
    productName: ['Nombre del producto'],
    orders: ['Pedidos'],
    itemsSold: ['Artículos vendidos'],
    customers: ['Clientes'],
    visitors: ['Visitantes'],
    impressions: ['Impresiones del producto', 'Impresiones de productos'],
    clicks: ['Clics en el producto', 'Clics en productos'],
  },
  de: {
    date: ['Datum'],
    productName: ['Produktname'],
    orders: ['Bestellungen'],
    itemsSold: ['Verkaufte Artikel'],
    customers: ['Kunden'],
    visitors: ['Besucher'],
    impressions: ['Produktimpressionen'],
    clicks: ['Produktklicks'],
  },
  fr: {
    date: ['Date'],
    productName: ['Nom du produit'],
    orders: ['Commandes'],
    itemsSold: ['Articles vendus'],
    customers: ['Clients'],
    visitors: ['Visiteurs'],
    impressions: ['Impressions de produits', 'Impressions du produit'],
    clicks: ['Clics sur les produits', 'Clics sur le produit'],
  },
  it: {
    date: ['Data'],
    productName: ['Nome del prodotto'],
    orders: ['Ordini'],
    itemsSold: ['Articoli venduti'],
    customers: ['Clienti'],
    visitors: ['Visitatori'],
    impressions: ['Impressioni del prodotto'],
    clicks: ['Clic sul prodotto'],
  },
  pt: {
    date: ['Data'],
    productName: ['Nome do produto'],
    orders: ['Pedidos'],
    itemsSold: ['Itens vendidos'],
    customers: ['Clientes'],
    visitors: ['Visitantes'],
    impressions: ['Impressões do produto', 'Impressões de produtos'],
    clicks: ['Cliques no produto', 'Cliques em produtos'],
  },
  ja: {
    date: ['日付'],
    productName: ['商品名'],
    orders: ['注文数'],
    itemsSold: ['販売数', '販売個数'],
    customers: ['顧客数', '購入者数'],
    visitors: ['訪問者数'],
    impressions: ['商品インプレッション数', '商品表示回数'],
    clicks: ['商品クリック数'],
  },
  zh: {
    date: ['日期'],
    productName: ['商品名称'],
    orders: ['订单数'],
    itemsSold: ['售出件数', '商品销量'],
    customers: ['买家数', '客户数'],
    visitors: ['访客数'],
    impressions: ['商品曝光次数', '商品曝光量'],
    clicks: ['商品点击次数', '商品点击量'],
  },
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
