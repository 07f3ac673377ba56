import { InputError } from '../../src/core/values/errors';
import { userFacing } from '../../src/sheets/userFacing';

describe('userFacing', () => {
  it('passes an input problem through as it is', () => {
    expect(() =>
      userFacing(() => {
        throw new InputError('Orders row 7, column Paid Time: expected a date.');
      }),
    ).toThrow(/^Orders row 7, column Paid Time: expected a date\.$/);
  });

  it('ends an unexpected service message with one full stop, not two', () => {
    expect(() =>
      userFacing(() => {
        throw new Error('Service invoked too many times for one day: email.');
      }),
    ).toThrow(
      /^TTS Ops could not finish: Service invoked too many times for one day: email\. If the data looks right, please report this message\.$/,
    );
  });
});
