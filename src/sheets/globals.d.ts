// The Apps Script entry points are assignments to `global`; the build turns each into a top-level function.
declare var global: Record<string, unknown>;
