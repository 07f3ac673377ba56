import type { HealthStatus } from './healthRow';

/** Row colours by status (Google Sheets' light green, yellow, red and grey). */
export const STATUS_FILLS: Readonly<Record<HealthStatus, string>> = {
  OK: '#d9ead3',
  WATCH: '#fff2cc',
  'AT RISK': '#f4cccc',
  'NOT ENOUGH DATA': '#efefef',
};
