import { InputError } from '../values/errors';

/**
 * Typed reads of one order's (or return's) JSON from the Open API. A field that is missing or not of its documented
 * shape stops the pull with the order and the field named, never a guess: much of the API's meaning is
 * inferred from few sources, so a surprise must be loud. Values are not quoted (they may be a buyer's),
 * except the API's own code words.
 */
export interface ApiFields {
  /** The order the record belongs to (an order's own id, a return's order). */
  readonly orderId: string;
  /** Stops the pull naming the order and this field. */
  fail(name: string, problem: string): never;
  /** Non-empty text. */
  text(name: string): string;
  /** Text, '' when absent. */
  optionalText(name: string): string;
  /** Unix seconds (an integer). */
  seconds(name: string): number;
  optionalSeconds(name: string): number | undefined;
  /** A decimal amount sent as text ("12.50"). */
  money(name: string): number;
  optionalMoney(name: string): number | undefined;
  optionalFlag(name: string): boolean;
  /** A code word the mapping knows, as the words it stands for; an unknown word stops the pull. */
  word(name: string, words: Readonly<Record<string, string>>): string;
  optionalWord(name: string, words: Readonly<Record<string, string>>): string;
  /** A nested object (`payment`). */
  child(name: string): ApiFields;
  /** A list of objects (`line_items`); absent = empty. */
  list(name: string): ApiFields[];
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const idOf = (json: Record<string, unknown>, field: string): string | undefined => {
  const id = json[field];
  return typeof id === 'string' && /^\d+$/.test(id) ? id : undefined;
};

/** The order's id, read first: every message names it. */
export function apiOrderFields(json: unknown, index: number): ApiFields {
  const id = isRecord(json) ? idOf(json, 'id') : undefined;
  if (!id) throw new InputError(`TikTok Shop order number ${index + 1} of the answer has no 'id' of digits as text; the pull stops.`);
  return fieldsOf(json as Record<string, unknown>, id, `order ${id}`, '');
}

/** A return of "Search Returns" (`data.return_orders[]`): its own id and its order's, read first; messages name both. */
export function apiReturnFields(json: unknown, index: number): ApiFields {
  const returnId = isRecord(json) ? idOf(json, 'return_id') : undefined;
  const orderId = isRecord(json) ? idOf(json, 'order_id') : undefined;
  if (!returnId || !orderId) {
    throw new InputError(`TikTok Shop return number ${index + 1} of the answer has no 'return_id' and 'order_id' of digits as text; the pull stops.`);
  }
  return fieldsOf(json as Record<string, unknown>, orderId, `return ${returnId} of order ${orderId}`, '');
}

function fieldsOf(json: Record<string, unknown>, orderId: string, subject: string, prefix: string): ApiFields {
  const fail = (name: string, problem: string): never => {
    throw new InputError(`TikTok Shop ${subject}: '${prefix}${name}' ${problem}; the pull stops rather than write a wrong number.`);
  };
  const present = (name: string): unknown => {
    const value = json[name];
    return value === null || value === '' ? undefined : value;
  };
  const required = <T>(name: string, read: (name: string) => T | undefined, what: string): T =>
    read(name) ?? fail(name, `is missing (expected ${what})`);
  const optionalText = (name: string): string => {
    const value = present(name);
    if (value === undefined) return '';
    return typeof value === 'string' ? value : fail(name, 'is not text');
  };
  const optionalSeconds = (name: string): number | undefined => {
    const value = present(name);
    if (value === undefined) return undefined;
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fail(name, 'is not a time in Unix seconds');
  };
  const optionalMoney = (name: string): number | undefined => {
    const value = present(name);
    if (value === undefined) return undefined;
    return typeof value === 'string' && DECIMAL.test(value) ? Number(value) : fail(name, 'is not an amount written as decimal text');
  };
  const optionalWord = (name: string, words: Readonly<Record<string, string>>): string => {
    const value = optionalText(name);
    if (value === '') return '';
    return Object.prototype.hasOwnProperty.call(words, value)
      ? words[value]
      : fail(name, `is '${value.slice(0, 40)}', which the mapping does not know (known: ${Object.keys(words).join(', ')})`);
  };
  return {
    orderId,
    fail,
    optionalText,
    text: (name) => required(name, (n) => optionalText(n) || undefined, 'text'),
    optionalSeconds,
    seconds: (name) => required(name, optionalSeconds, 'a time in Unix seconds'),
    optionalMoney,
    money: (name) => required(name, optionalMoney, 'an amount as decimal text'),
    optionalFlag: (name) => {
      const value = present(name);
      return value === undefined ? false : typeof value === 'boolean' ? value : fail(name, 'is not true or false');
    },
    optionalWord,
    word: (name, words) => required(name, (n) => optionalWord(n, words) || undefined, `one of ${Object.keys(words).join(', ')}`),
    child: (name) => {
      const value = present(name);
      return isRecord(value) ? fieldsOf(value, orderId, subject, `${prefix}${name}.`) : fail(name, 'is missing (expected an object)');
    },
    list: (name) => {
      const value = present(name);
      if (value === undefined) return [];
      if (!Array.isArray(value)) return fail(name, 'is not a list');
      return value.map((item, i) =>
        isRecord(item) ? fieldsOf(item, orderId, subject, `${prefix}${name}[${i}].`) : fail(`${name}[${i}]`, 'is not an object'),
      );
    },
  };
}
