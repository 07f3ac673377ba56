/** An error a user can act on: its message names the sheet, row, column and what was expected. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
