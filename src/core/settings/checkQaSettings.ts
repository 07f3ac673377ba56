import { InputError } from '../values/errors';
import { checkSettingRanges, type NumberKeys, type SettingRange } from './settingRanges';
import { QA_SETTING_NOTES, type QaSettings } from './qaSettings';

type NumberKey = NumberKeys<QaSettings>;

const COUNT: SettingRange = [0, 1_000_000, true];
const MONEY: SettingRange = [0, 1_000_000_000, false];
const FRACTION: SettingRange = [0, 1, false];

const RANGES: Record<NumberKey, SettingRange> = {
  titleMinChars: COUNT,
  titleMaxChars: COUNT,
  allCapsMinLetters: COUNT,
  minImages: COUNT,
  maxImages: COUNT,
  descriptionMinWords: COUNT,
  descriptionMaxChars: COUNT,
  priceMin: MONEY,
  priceMax: MONEY,
  sellerSkuMaxChars: COUNT,
  productDiscountMin: FRACTION,
  productDiscountMax: FRACTION,
  flashDealDiscountMin: FRACTION,
  flashDealDiscountMax: FRACTION,
  couponDiscountMin: FRACTION,
  couponDiscountMax: FRACTION,
  couponMinAmountOff: MONEY,
  flashDealMaxHours: [0, 24 * 366, false],
  bmsmMaxTiers: COUNT,
};

/** Lower and upper bounds that must stay in order. */
const PAIRS: readonly (readonly [NumberKey, NumberKey])[] = [
  ['titleMinChars', 'titleMaxChars'],
  ['minImages', 'maxImages'],
  ['priceMin', 'priceMax'],
  ['productDiscountMin', 'productDiscountMax'],
  ['flashDealDiscountMin', 'flashDealDiscountMax'],
  ['couponDiscountMin', 'couponDiscountMax'],
];

const settingName = (key: keyof QaSettings): string => `Setting '${QA_SETTING_NOTES[key].label}' (${key})`;

/** Settings come from a tab users edit: 10 typed for 10% or a maximum below its minimum is an error naming it, not a flood of false findings. */
export function checkQaSettings(qa: QaSettings): void {
  checkSettingRanges(qa, RANGES, settingName, '0.1 = 10%');
  for (const [min, max] of PAIRS) {
    if (qa[min] > qa[max])
      throw new InputError(`${settingName(min)} is ${qa[min]}, above ${settingName(max)} at ${qa[max]}; the minimum must not exceed the maximum.`);
  }
}
