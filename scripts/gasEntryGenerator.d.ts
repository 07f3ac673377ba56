// gas-entry-generator ships no types; this is the one call the build makes.
declare module 'gas-entry-generator' {
  export function generate(source: string, options: { comment: boolean }): { entryPointFunctions: string };
}
