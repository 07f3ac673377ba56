/**
 * `table[key]` for user text as the key, only when the table itself holds it: `constructor` or
 * `__proto__` typed in a cell never reaches Object.prototype's members.
 */
export function ownValue<V>(table: { readonly [key: string]: V }, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
