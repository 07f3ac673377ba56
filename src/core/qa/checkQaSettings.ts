import { InputError } from '../errors';
import { QA_SETTING_NOTES, type QaSettings } from './qaSettings';

type NumberKey = { [K in keyof QaSettings]: QaSettings[K] extends number ? K : never }[keyof QaSettings];

const COUNT = [0, 1_000_000, true] as const;
const MONEY = [0, 1_000_000_000, false] as const;
const FRACTION = [0, 1, false] as const;

/** [lowest, highest, whole numbers only] of each QA threshold. */
const RANGES: Record<NumberKey, readonly [number, number, boolean]> = {
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
  for (const key of Object.keys(RANGES) as NumberKey[]) {
    const [low, high, whole] = RANGES[key];
    const value = qa[key];
    if (typeof value !== 'number' || !(value >= low && value <= high) || (whole && !Number.isInteger(value))) {
      const kind = whole
        ? `a whole number from ${low} to ${high}`
        : RANGES[key] === FRACTION
          ? 'a fraction from 0 to 1 (0.1 = 10%)'
          : `a number from ${low} to ${high}`;
      throw new InputError(`${settingName(key)} must be ${kind}; got ${String(value)}.`);
    }
  }
  for (const [min, max] of PAIRS) {
    if (qa[min] > qa[max])
      throw new InputError(`${settingName(min)} is ${qa[min]}, above ${settingName(max)} at ${qa[max]}; the minimum must not exceed the maximum.`);
  }
}
