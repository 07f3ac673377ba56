import vm from 'node:vm';
import { setupWorkbook } from '../../src/core/actions/setupWorkbook';
import { MemoryWorkbook } from '../../src/core/workbook/memoryWorkbook';
import { FakeScriptApp, type FakeTrigger } from '../sheets/fakeScriptApp';
import { fakeAppsScript, FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { bundleSource } from './loadBundle';

export const AUTH = 'https://www.googleapis.com/auth/';
const BOARD_SCOPES = ['spreadsheets', 'script.scriptapp', 'script.send_mail'].map((scope) => `${AUTH}${scope}`);

/** A client spreadsheet as set-up leaves it, with these order rows pasted (the same rows may serve every client). */
export function clientSpreadsheet(id: string, name: string, orders: unknown[][]): FakeSpreadsheet {
  const workbook = new MemoryWorkbook();
  setupWorkbook(workbook, 'US', { name });
  const tabs = Object.fromEntries(workbook.listTabs().map((tab) => [tab, workbook.readTab(tab) as unknown[][]]));
  return new FakeSpreadsheet({ ...tabs, Orders: orders }, 'America/Los_Angeles', 'en_US', name, id);
}

/** A client spreadsheet on which reading fails as a bug in TTS Ops would: a raw TypeError from the first sheet looked up. */
export function brokenClientSpreadsheet(id: string, message: string): FakeSpreadsheet {
  const spreadsheet = clientSpreadsheet(id, 'Broken', []);
  const fail = (): never => {
    throw new TypeError(message);
  };
  spreadsheet.getSheets = fail;
  spreadsheet.getSheetByName = fail;
  return spreadsheet;
}

/** A client spreadsheet's ID as Drive makes them (44 characters). */
export const clientId = (n: number): string => `1client${String(n).padStart(3, '0')}${'x'.repeat(34)}`;

export interface BoardRun {
  readonly sheets: Record<string, () => unknown>;
  readonly app: ReturnType<typeof fakeAppsScript>;
  readonly script: FakeScriptApp;
  readonly mail: { to: string; subject: string; body: string }[];
  /** The time the bundle sees (Date.now, new Date()); `openById` advances it by `secondsPerOpen`. */
  readonly clock: { now: number };
}

/**
 * The built bundle in a vm whose SpreadsheetApp opens `drive` by ID, with a recording ScriptApp, MailApp and Session.
 * `board` null plays a scheduled run (no spreadsheet open). Each openById of a client takes `secondsPerOpen` of the fake clock;
 * `mailRefused`: MailApp's error (a quota spent).
 */
export function boardRun(
  board: FakeSpreadsheet | null,
  drive: FakeSpreadsheet[],
  options: {
    start?: string;
    secondsPerOpen?: number;
    triggers?: FakeTrigger[];
    granted?: string[];
    mailRefused?: string;
    /** More services the run sees (UrlFetchApp, Utilities), given the run's clock. */
    services?: (clock: { now: number }) => Record<string, unknown>;
  } = {},
): BoardRun {
  const app = fakeAppsScript(board, undefined, undefined, undefined, drive);
  const clock = { now: Date.parse(options.start ?? '2026-11-23T15:00:00Z') };
  const openById = app.SpreadsheetApp.openById;
  app.SpreadsheetApp.openById = (id: string) => {
    if (id !== board?.id) clock.now += (options.secondsPerOpen ?? 0) * 1000;
    return openById(id);
  };
  const script = new FakeScriptApp(options.triggers, options.granted ?? BOARD_SCOPES);
  const mail: BoardRun['mail'] = [];
  const OuterDate = Date;
  class FakeDate extends OuterDate {
    constructor(...args: [] | [number | string | Date]) {
      super(...((args.length ? args : [clock.now]) as [number]));
    }
    static now(): number {
      return clock.now;
    }
  }
  const context = vm.createContext({
    ...app,
    ScriptApp: script,
    MailApp: {
      sendEmail: (to: string, subject: string, body: string) => {
        if (options.mailRefused) throw new Error(options.mailRefused);
        mail.push({ to, subject, body });
      },
    },
    Session: { getEffectiveUser: () => ({ getEmail: () => 'am@agency.example' }) },
    Date: FakeDate,
    ...options.services?.(clock),
  });
  vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
  return { sheets: context as unknown as BoardRun['sheets'], app, script, mail, clock };
}
