/** Tabs the user fills (set up once, never overwritten). */
export const INPUT_TABS = {
  orders: 'Orders',
  analytics: 'Analytics',
  products: 'Products',
  promos: 'Promos',
  links: 'Links',
  settings: 'Settings',
} as const;

/** Tabs the add-on writes on every refresh; owned, so a user's tab of the same name is never touched. */
export const READOUT_TABS = {
  kpis: 'TTS · KPIs',
  skus: 'TTS · SKUs',
  health: 'TTS · Health',
  qa: 'TTS · QA',
} as const;
