import { carrierOf, judgeTracking } from '../../../src/core/health/trackingNumbers';

describe('tracking numbers', () => {
  it.each([
    ['USPS', '9400111202555842761234'],
    ['USPS', '92055901649173127510'],
    ['USPS', '9205 5901 6491 7312 7510 89'],
    ['USPS', 'LZ123456789US'],
    ['UPS', '1Z999AA10123456784'],
    ['UPS SurePost', '1z999aa10123456784'],
    ['FedEx', '123456789012'],
    ['FedEx Ground', '123456789012345'],
    ['DHL eCommerce', 'GM605112270084510356'],
    ['DHL Express', '1234567890'],
    ['OnTrac', 'D10011234567890'],
    ['OnTrac', '1LS7123456789012'],
    ['Some Regional Courier', 'AB12345678'],
    ['', 'XYZ987654321'],
  ])('%s %s is valid', (carrier, tracking) => {
    expect(judgeTracking(tracking, carrier)).toBe('valid');
  });

  it.each([
    ['USPS', '1Z999AA10123456784'], // a UPS number under USPS
    ['USPS', '94001112025558427612345'], // 23 digits
    ['UPS', '1Z123'],
    ['UPS', '9400111202555842761234'],
    ['FedEx', '1234567890123'], // 13 digits
    ['DHL eCommerce', '12345'],
    ['OnTrac', 'D1001123456789'], // 13 digits after D
    ['FedEx', '000000000000'],
    ['', '1234567'], // unknown carrier: fewer than 8
    ['', 'ABC#12345678'],
  ])('%s %s is not plausible', (carrier, tracking) => {
    expect(judgeTracking(tracking, carrier)).toBe('implausible');
  });

  it('treats blanks and placeholder words as missing', () => {
    for (const tracking of ['', '\t', 'N/A', 'TBD', 'see note', '-', null, undefined]) expect(judgeTracking(tracking, 'USPS')).toBe('missing');
  });

  it('accepts a number cell only while it holds every digit', () => {
    expect(judgeTracking(123456789012, 'FedEx')).toBe('valid');
    expect(judgeTracking(9.400111202555843e21, 'USPS')).toBe('implausible');
  });

  it('names carriers by the words in Shipping Provider Name without confusing UPS and USPS', () => {
    expect(carrierOf('USPS Ground Advantage')?.carrier).toBe('USPS');
    expect(carrierOf('UPS')?.carrier).toBe('UPS');
    expect(carrierOf('Federal Express')?.carrier).toBe('FedEx');
    expect(carrierOf('LaserShip')?.carrier).toBe('OnTrac');
    expect(carrierOf('Veho')).toBeUndefined();
  });
});
