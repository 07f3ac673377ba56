/** A Date value, also one made in another realm (Sheets' values, a vm context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
