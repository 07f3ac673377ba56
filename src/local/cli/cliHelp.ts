/** What `tts-ops --help` and `tts-ops <command> --help` print. */
export const COMMANDS = [
  'setup',
  'refresh',
  'import',
  'import-orders',
  'connect',
  'pull',
  'demo',
  'export',
  'check',
  'sign-off',
  'deliver',
  'sidebar',
  'sql',
  'evidence',
  'board',
] as const;
export type CommandName = (typeof COMMANDS)[number];

export const MAIN_HELP = `tts-ops: TikTok Shop KPIs, account health and listing/promo/link QA on a local .xlsx client workbook.

Usage:
  tts-ops setup <file.xlsx> [--market CODE] [--client NAME] [--manager NAME] [--contacts a@b,c@d]
                                                add the client workbook's input tabs and Settings
  tts-ops import <export> <file.xlsx>           append an order export to Orders, or a Data Compass analytics
                                                export to Analytics (.csv or .xlsx; told apart by their columns)
  tts-ops import-orders <export> <file.xlsx>    append a Seller Center order export to Orders (refuses any other)
  tts-ops connect <file.xlsx> [--code CODE] [--shop ID]
                                                connect the client's TikTok Shop (once), for pull
  tts-ops pull <file.xlsx> [--since YYYY-MM-DD] [--until YYYY-MM-DD]
                                                pull the connected shop's orders and returns into Orders
  tts-ops refresh <file.xlsx> [--out <file>]    write the read-out tabs (TTS · KPIs, SKUs, Health, QA)
  tts-ops demo [--market US|ID] [--out <file>]  set up and refresh a bundled demo client
  tts-ops export <file.xlsx> --cadence wbr|mbr|qbr [--as-of YYYY-MM-DD] [--to-date] [--internal] [--out <dir>]
                                                write the client update's draft, marked DRAFT (HTML, Markdown, PDF)
  tts-ops check <file.xlsx>                     the pre-delivery QA checklist; exit 1 while an ERROR remains
  tts-ops sign-off <file.xlsx> --by <name>      record a QA sign-off in TTS · QA log (refused while an ERROR remains)
  tts-ops deliver <file.xlsx> --cadence wbr|mbr|qbr [--as-of YYYY-MM-DD] [--to-date] [--out <dir>] [--override "reason"] [--again]
                                                once signed off: the client's copy of the draft, without the mark
  tts-ops sidebar [<file.xlsx>] [--port <n>]    serve the QA checklist sidebar on 127.0.0.1:8765 (open the address it prints)
  tts-ops sql --metrics <list> --rows <rows>    print the BigQuery SQL of a pivot (past one spreadsheet)
  tts-ops evidence <file.xlsx> --metric ldr|vtr|sfcr [--from YYYY-MM-DD --to YYYY-MM-DD] [--exempt days] [--out <dir>] [--json]
                                                the appeal pack of a health rate (HTML, Markdown, CSV, PDF)
  tts-ops board <file.xlsx>... [--now ISO] [--json] [--out <dir>] [--since board.json] [--digest file.eml]
                                                every client at once: health, orders due, GMV, QA, sign-off; worst first
  tts-ops --version                             the version, and the commit it runs from

Run 'tts-ops <command> --help' for the details of one command.
Errors are one line on stderr with exit code 1.`;

export const COMMAND_HELP: Record<CommandName, string> = {
  setup: `Usage: tts-ops setup <file.xlsx> [--market CODE] [--client NAME] [--manager NAME] [--contacts a@b,c@d]

Adds the tabs a client workbook needs: Orders, Analytics, Products, Promos, Links, Action items,
Risks, 30-60-90 plan, Commentary, Promo calendar and Settings, each with its header, dropdowns and a
one-line instruction. A tab that already exists is never touched, except the Settings rows of the
client details given, whose Value cells are set. Run it again with a detail to change that one.

Options:
  --client NAME  the client's name, as the client update's title shows it (Settings client.name);
                 'tts-ops check' reports a blank one as an ERROR, so nothing is delivered without it
  --manager NAME the account manager, the update's 'prepared by' (client.accountManager)
  --contacts a@b,c@d  the client's e-mail addresses (client.contacts)
  --market CODE  the shop's TikTok Shop market (US, UK, ID, TH, MY, VN, PH, SG, ES, DE, FR, IT, IE,
                 MX, BR, JP): its time zone, date order, decimal mark, currency, holidays and limits
                 become the Settings defaults (each row stays overridable). Without it, exports whose
                 dates do not settle day/month order are refused until the market or dateOrder is set.

Writes to <file.xlsx>; creates it when it does not exist yet.`,

  refresh: `Usage: tts-ops refresh <file.xlsx> [--out <file> [--force]]

Reads the input tabs (Orders, Analytics, Products, Promos, Links, Settings) and writes the read-out
tabs TTS · KPIs, TTS · SKUs, TTS · Health and TTS · QA, then prints a summary. A tab of yours that
merely has one of those names is never overwritten: the read-out goes beside it ("TTS · KPIs (2)").

Options:
  --out <file>   write the refreshed workbook to <file>, leaving <file.xlsx> unchanged
                 (without --out, <file.xlsx> itself is updated); an existing <file> that is
                 not a workbook of the same client (its Settings' client name and market) is
                 refused
  --force        replace an existing --out file whatever it holds

Only the tabs TTS Ops owns are rewritten; every other part (your tabs, charts, pivot tables) is
copied byte for byte. Use --out to keep the original as it is.`,

  import: `Usage: tts-ops import <export.csv|export.xlsx> <file.xlsx>

Recognises the export by its columns and appends it to the tab it belongs to in <file.xlsx> (creating
the tab if needed), then writes <file.xlsx>; the export itself is only read.
  - a Seller Center order export goes to Orders, exactly as 'tts-ops import-orders' does;
  - a Data Compass analytics export (product or shop level, in any Seller Center language) goes to
    Analytics. Rows are matched on date and Product ID (else product name; date alone for a shop-level
    export), so importing overlapping periods never counts a day twice: a row already there is
    replaced by the newer export's values. Totals and change rows are left out.
Columns are matched by header name, in any order; export columns the tab lacks are added at its right
end. An affiliate orders, returns or creator earnings export is refused by name.`,

  connect: `Usage: tts-ops connect <file.xlsx> [--code CODE] [--shop ID]

Connects the client's TikTok Shop to <file.xlsx> so that 'tts-ops pull' can bring in its orders.
Needs the agency's partner app in the environment: TTS_OPS_APP_KEY and TTS_OPS_APP_SECRET
(TTS_OPS_SERVICE_ID for Partner Center's authorization link; TTS_OPS_API_BASE and TTS_OPS_AUTH_BASE
to use other hosts). Without --code it prints the authorization link and reads the code (or the
whole address TikTok Shop sent back) from the terminal. The code is exchanged for the shop's
tokens, which are stored in $XDG_CONFIG_HOME/tts-ops/credentials.json (~/.config/tts-ops/ by
default), readable by you only, keyed by shop id. Settings gets the shop's id, name and region;
never a token.

Options:
  --code CODE    the authorization code (single use, valid 30 minutes)
  --shop ID      the shop to connect when the authorization covers several; with no --code, a shop
                 already stored on this computer is connected without a new authorization

Writes to <file.xlsx>; creates it (with the shop's market) when it does not exist yet.`,

  pull: `Usage: tts-ops pull <file.xlsx> [--since YYYY-MM-DD] [--until YYYY-MM-DD]

Pulls the connected shop's orders, and the returns that make its refund rate, into Orders as an
order export would fill it (one row per order and SKU, times on the Settings time zone's clock,
no buyer data), then prints the same summary as import-orders. The first pull brings the orders
created in the last 90 days; each later pull only the orders updated since the last one (an order
that changed replaces its rows). Prints its progress page by page. Nothing is written unless every
call succeeded: on a refusal it exits 1 with TikTok Shop's code and message, the workbook unchanged.

Options:
  --since DAY    pull the orders created from this shop day (YYYY-MM-DD) instead
  --until DAY    ... up to and including this day (a window pull leaves the next pull's start as it was)

Needs TTS_OPS_APP_KEY and TTS_OPS_APP_SECRET, and a shop connected with 'tts-ops connect'.`,

  'import-orders': `Usage: tts-ops import-orders <export.csv|export.xlsx> <file.xlsx>

Appends the lines of a Seller Center order export to the Orders tab of <file.xlsx> (creating the
tab if needed) and writes <file.xlsx>; the export itself is only read.

Lines are matched on Order ID + SKU ID, so importing overlapping weeks never counts a line twice:
a line already in the tab is replaced by the one in the newer export (its status may have moved on,
e.g. shipped, then refunded). Columns are matched by header name, in any order; export columns the
tab lacks are added at its right end. Only the cells of added or updated lines change: your
formulas, formats and notes elsewhere in the tab stay. CSVs may use commas or semicolons and carry a BOM.
An affiliate orders or returns export (each has columns of its own) is refused by name, and so is
one without an 'Order Status' column (a finance export); an analytics export is refused with a
pointer to 'tts-ops import'.`,

  demo: `Usage: tts-ops demo [--market US|ID] [--out <file>]

Opens a bundled demo client: examples/demo-client.xlsx (16 weeks of a US shop's orders and product
analytics) or, with --market ID, examples/demo-client-id.xlsx (the same shop exported by an Indonesian
Seller Center: Rupiah, day-first dates, Indonesian words and Data Compass headers). Adds demo Products,
Promos, Links, Action items, Risks, 30-60-90 plan and Promo calendar rows when it has none, runs setup
for its market and refresh, writes out/<the example's name> (or <file>) and prints the summary, then
writes the draft of its WBR client update beside it (never delivered: its QA findings are planted).
The example is not modified.

Options:
  --market CODE  US (default) or ID
  --out <file>   where to write the demo workbook (default out/demo-client.xlsx)`,

  export: `Usage: tts-ops export <file.xlsx> --cadence wbr|mbr|qbr [--as-of YYYY-MM-DD] [--to-date] [--internal] [--out <dir>]

Writes the draft of the client update of the last complete period ending on or before the as-of day
(WBR: the week, from the Settings week start; MBR: the calendar month; QBR: the calendar quarter)
against the previous one and the same one a year earlier (a WBR: the same weekdays 364 days earlier),
each with its length ("November 2026 (30 days)"); with --to-date, the period holding the as-of day up
to it against the same first days of those periods. Files: <client>-<cadence>-<period>-draft.html
(self-contained, prints on A4 and Letter), .md and, when Chromium is installed, .pdf, each marked DRAFT
on its title and every page; prints their paths. An earlier file is never overwritten: a second one of
the same period gets a -2 suffix.

The draft needs no QA sign-off: check it against the read-out, tick the checklist's items with it in
front of you (tts-ops check / sign-off, or the sidebar), then 'tts-ops deliver' writes the client's
copy. Each draft adds a row to the workbook's TTS · Exports tab: when, who, cadence, period, the files,
the fingerprint of the data it shows.

Options:
  --cadence <c>        wbr (default), mbr or qbr
  --as-of <day>        report the last complete period up to this day (default: the last paid day in Orders)
  --to-date            the week / month / quarter to date instead, titled so
  --internal           the account team's copy (-internal in the file names): adds the internal appendix (data
                       notes with tabs and rows, sources), which the client copy never holds; either way these
                       notes are logged in TTS · Exports
  --out <dir>          where to write the files (default: the workbook's folder)
`,
  deliver: `Usage: tts-ops deliver <file.xlsx> --cadence wbr|mbr|qbr [--as-of YYYY-MM-DD] [--to-date] [--out <dir>] [--override "reason"] [--again]

Writes the client's copy of a draft made by 'tts-ops export' with the same --cadence, --as-of and
--to-date: the same update without the DRAFT mark (and never the internal appendix), as
<client>-<cadence>-<period>.html, .md and .pdf; the draft and earlier files are never overwritten.
Refused, saying why, when the TTS · Exports log has no draft of that period, when the data changed
after the draft (make a new one), or while the QA checklist's newest sign-off does not cover the last
refresh and the inputs as they are now (tts-ops check / sign-off, or the sidebar), and when that period
was already delivered from the same data (--again delivers it once more). Each delivery adds a
'Delivered' row to TTS · Exports with the files and the sign-off relied on.

Options:
  --cadence <c>        wbr (default), mbr or qbr
  --as-of <day>        as for export (default: the last paid day in Orders)
  --to-date            as for export
  --out <dir>          where to write the files (default: the workbook's folder)
  --override "reason"  deliver without a current QA sign-off; the reason is recorded in TTS · Exports
  --again              deliver a period already delivered from the same data once more (new files, a new row)
`,
  evidence: `Usage: tts-ops evidence <file.xlsx> --metric ldr|vtr|sfcr [--from YYYY-MM-DD --to YYYY-MM-DD] [--exempt YYYY-MM-DD,...] [--out <dir>] [--json]

Builds the escalation evidence pack of one health rate from the Orders tab: the rate as TikTok Shop
computes it (numerator, denominator, limit, status) over the window; every order counted against the
shop (Order ID, paid time, dispatch deadline and what made it, ready-to-ship, shipped and delivered
times, carrier and tracking number, why it counts); the dispute rule each order meets, with what to
attach and its source (docs/EVIDENCE.md); the rate if the disputable orders are excused; and the daily
rate with the limit line. Order IDs and times only: no buyer data.

Files: <client>-<metric>-evidence-<from>-to-<to>.html, .md, .csv (the order table) and, when Chromium
is installed, .pdf; an earlier pack is never overwritten (a second one gets a -2 suffix). The
workbook is only read.

Options:
  --metric <m>     ldr, vtr or sfcr
  --from, --to     the window's first and last day (both or neither; default: the Health read-out's
                   window, Settings health.windowDays ending on the last paid or shipped day)
  --exempt <days>  days TikTok Shop announced as logistics exemptions (or a carrier closure), comma-
                   separated: a late order that is on time with them skipped is marked disputable
  --out <dir>      where to write the files (default: the workbook's folder)
  --json           print the pack as JSON instead of writing files`,

  board: `Usage: tts-ops board <file.xlsx>... [--now <ISO date-time>] [--json] [--out <dir>] [--since <board.json>] [--digest <file.eml>]

One row per client workbook, worst first (AT RISK, then overdue orders, then WATCH): client, market,
data through, LDR, VTR, SFCR, cancel and refund rate with their status, orders overdue and due to ship
in the next 24 hours, GMV of the last 7 days vs the 7 before, open QA errors and warnings, the last
sign-off and export, and tracker items due this week. Each workbook is only read (no lock, never
written); one that cannot be read gets a row with the reason. Exit 2 when none could be read.
What each column means: docs/BOARD.md.

Options:
  --now <ISO>        count orders due from this moment, with its offset (default: now), to reproduce a board
  --json             print the board as one JSON document instead of the table
  --out <dir>        write board.html, board.csv and board.json there (replaced on each run)
  --since <file>     a previous board.json: print only what changed since
  --digest <file>    write the changes as an e-mail message (RFC 5322) for your mailer; nothing is
                     written when nothing changed`,

  check: `Usage: tts-ops check <file.xlsx>

Runs the pre-delivery QA checklist on the workbook, as the sidebar does: account health, listing,
promotion and UTM link QA, and the accuracy checks (read-out older than its inputs, Orders vs
Analytics GMV and orders per day, invalid Settings rows, data ending too long ago). Prints the
freshness line, the findings grouped under Accuracy, Links, Pricing, Promo eligibility and
Compliance (each naming its tab and cell), and the manual items to tick. The file is only read.

Exit code 1 while an ERROR remains, 0 otherwise: gate a delivery in a script with it.`,

  'sign-off': `Usage: tts-ops sign-off <file.xlsx> --by <name> [--note <text>] [--tick all|<item>,<item>]

Runs the checklist again and appends a row to the TTS · QA log tab (created when missing; rows are
never edited or deleted): when, who, the checks run, the counts by severity, the manual items and
the note. Deliver needs the newest row to match the current read-out and inputs.

Options:
  --by <name>     who signs off (required)
  --note <text>   a note kept in the row
  --tick <items>  the manual items confirmed: 'all', or items as 'tts-ops check' lists them, comma separated

Refused (exit 1, saying why) while an ERROR remains or a manual item is not ticked.`,

  sidebar: `Usage: tts-ops sidebar [<file.xlsx>] [--port <n>]

Serves the QA checklist sidebar on http://127.0.0.1:<n>/ (default 8765) for the workbook (default
the demo client, out/demo-client.xlsx, built first when missing), with a google.script.run shim
calling the same server functions as in Google Sheets. Sign-offs made there are saved to the file.
Open the address it prints: it carries a key made for this run, without which the server answers
nothing. Stop it with Ctrl+C.`,
  sql: `Usage: tts-ops sql --metrics <list> --rows <rows> [--table project.dataset.orders] [options]

Prints one BigQuery Standard SQL query computing the metrics per group with the add-on's own rules
(paid lines only, distinct orders, order-level amounts once per order, ratios of sums, days in the
shop's time zone, a Total row), over the typed orders table described in docs/BIGQUERY.md.

Options:
  --metrics <list>      comma list: GMV, Net GMV, Orders, Units, AOV, Refund rate, Cancel rate
  --rows <rows>         day, week, month, or a column such as 'Seller SKU', 'Product Name'
  --table <id>          the typed orders table (default your-project.tts_ops.orders)
  --start, --end <day>  YYYY-MM-DD, inclusive, by Paid Time (optional)
  --market <code>       the shop's market (US, UK, ID, JP, …): its time zone, date order and decimal mark
  --time-zone <zone>    the shop's time zone (default the market's, else America/Los_Angeles)
  --week-start <day>    monday (default) or sunday
  --load <export.csv>   print instead how to load that export into the table: bq load, then the typing query
  --date-order <order>  MDY or DMY, for --load when no Paid Time in the export tells (default: from the data;
                        year-first times, 2026/10/03 14:05:00 or ISO 2026-10-03T14:05:00, need none)
  --decimal-mark <.|,>  for --load when no amount in the export tells (1,234.56 or 1.234,56; default: from the data)`,
};
