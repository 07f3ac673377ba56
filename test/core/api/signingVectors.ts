import type { SignableRequest } from '../../../src/core/api/signRequest';

/** Every signing vector of the facts on the Open API: the official walkthrough, the .NET and PHP SDK tests, and computed ones. */
export const SIGNING_VECTORS: readonly { name: string; secret: string; request: SignableRequest; sign: string }[] = [
  {
    name: 'V1 official walkthrough (GET shops)',
    secret: 'e59af819cc',
    request: { path: '/authorization/202309/shops', query: { app_key: '29a39d', timestamp: '1623812664' } },
    sign: 'b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8',
  },
  {
    name: 'V2 GET with shop_cipher',
    secret: 'e59af819cc',
    request: {
      path: '/event/202309/webhooks',
      query: { app_key: '68xu9ks5p4i8', shop_cipher: 'ROW_xkMbgAAAeVAQra0eZWebFQq5aIK', timestamp: '1696909648' },
    },
    sign: 'ed58e1b5e59865c22a7b828c1cab65007441f43cc91a6cb2f2cdc638e0995a37',
  },
  {
    name: 'V3 POST with a body',
    secret: 'e59af819cc',
    request: {
      path: '/event/202309/webhooks',
      query: { app_key: '68xu9ks5p4i8', shop_cipher: 'ROW_xkMbgAAAeVAQra0eZWebFQq5aIK', timestamp: '1696909648' },
      body: '{"event_type":"PACKAGE_UPDATE","address":"https://partner.tiktokshop.com"}',
    },
    sign: '701dd6deb2389fe4c469b89bd37fc56f96a6da6afeb4d01c9077a65169752fa7',
  },
  {
    name: 'V4 PHP SDK test',
    secret: 'app_secret',
    request: { path: '/test-api', query: { foo: 'bar' } },
    sign: 'd3cb7fe11ecae942802ceeca67e7cf10120cc12f1517d45fbc1c8cfe5413c80f',
  },
  {
    name: 'V5 the same body in another key order',
    secret: 'e59af819cc',
    request: {
      path: '/event/202309/webhooks',
      query: { app_key: '68xu9ks5p4i8', shop_cipher: 'ROW_xkMbgAAAeVAQra0eZWebFQq5aIK', timestamp: '1696909648' },
      body: '{"address":"https://partner.tiktokshop.com","event_type":"PACKAGE_UPDATE"}',
    },
    sign: 'cd0d6268252f4ba293bf7ea4c0a2873bf9beec600d22530638564ab301435f7a',
  },
  {
    name: 'V6 order search, unsorted query with an access_token left out',
    secret: 'testsecret456',
    request: {
      path: '/order/202309/orders/search',
      query: {
        timestamp: '1717290000',
        app_key: 'testkey123',
        sort_order: 'ASC',
        shop_cipher: 'ROW_TestCipher001',
        page_size: '50',
        sort_field: 'create_time',
        access_token: 'IGNORED',
      },
      body: '{"create_time_ge":1717200000,"create_time_lt":1717286400,"order_status":"COMPLETED"}',
    },
    sign: 'aca2e922c9e80206530fef31d70aee78d10d1152adb31ebe32a635c90a9f5fe7',
  },
  {
    name: 'V7 order detail with comma-joined ids',
    secret: 'testsecret456',
    request: {
      path: '/order/202309/orders',
      query: { app_key: 'testkey123', timestamp: '1717290000', shop_cipher: 'ROW_TestCipher001', ids: '576461413038785752,576461413038785753' },
    },
    sign: 'e43b2cd8039d50886654f4edf814315a939e6fd02802567e760b739cd9e55ece',
  },
];
