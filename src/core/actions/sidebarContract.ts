import type { ChecklistView, SignOffArguments, SignOffView } from './checklistView';

/**
 * The server functions the QA sidebar page calls, by the global name Apps Script registers: what the
 * page sends and what it gets back. Apps Script (src/sheets/qaChecklist.ts) and `tts-ops sidebar`
 * (src/local/server/sidebarServer.ts) implement it, the page calls it through sidebar/server.ts.
 */
export interface SidebarServer {
  ttsQaChecklist(): ChecklistView;
  ttsQaSelect(tab: string, a1: string): string;
  ttsQaSignOff(args: SignOffArguments): SignOffView;
}

export type SidebarFunction = keyof SidebarServer;

/** What the page sent, as a server receives it: unchecked, so each side parses it before use. */
type Unchecked<Args extends readonly unknown[]> = { [I in keyof Args]: unknown };

/** A side serving the page: each function takes `Context`, then the page's arguments unchecked, and answers (in a promise when `Async`). */
export type ServesSidebar<Context extends readonly unknown[] = [], Async extends boolean = false> = {
  [Name in SidebarFunction]: (
    ...args: [...Context, ...Unchecked<Parameters<SidebarServer[Name]>>]
  ) => Async extends true ? Promise<ReturnType<SidebarServer[Name]>> : ReturnType<SidebarServer[Name]>;
};

/** The page's view of the server: the same functions, each answering later. */
export type SidebarClient = {
  [Name in SidebarFunction]: (...args: Parameters<SidebarServer[Name]>) => Promise<ReturnType<SidebarServer[Name]>>;
};
