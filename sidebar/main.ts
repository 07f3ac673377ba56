import type { ChecklistView } from '../src/core/actions/checklistView';
import { h, on, type Child } from './render';
import { server } from './server';

type Group = ChecklistView['groups'][number];
type Counts = Group['counts'];

/** Everything the page shows; the page is re-drawn from it after each change. */
interface State {
  view?: ChecklistView;
  busy: string;
  error: string;
  message: string;
  ticked: Set<string>;
  note: string;
  /** Group name → open; groups with an ERROR or WARNING start open. */
  open: Map<string, boolean>;
  selected: string;
}

const state: State = { busy: '', error: '', message: '', ticked: new Set(), note: '', open: new Map(), selected: '' };
const app = document.getElementById('app') as HTMLElement;
/** The control focused last, by id: a redraw replaces the elements, and keyboard users keep their place. */
let lastFocused = '';
document.addEventListener('focusin', (event) => {
  lastFocused = (event.target as HTMLElement).id || lastFocused;
});

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

function countsText(counts: Counts): string {
  const parts = [
    counts.ERROR && plural(counts.ERROR, 'error'),
    counts.WARNING && plural(counts.WARNING, 'warning'),
    counts.INFO && plural(counts.INFO, 'note'),
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'OK';
}

/** Why Sign off is disabled, or '' when it is enabled. */
function signOffBlocker(view: ChecklistView): string {
  if (view.signedOff) return 'Signed off: nothing to sign again until the read-out or the inputs change.';
  if (view.counts.ERROR) return `Fix the ${plural(view.counts.ERROR, 'error')} first, then check again.`;
  const left = view.manualItems.filter((item) => !state.ticked.has(item)).length;
  return left ? `Tick the ${plural(left, 'manual item')} left.` : '';
}

async function run(busy: string, action: () => Promise<void>): Promise<void> {
  Object.assign(state, { busy, error: '', message: '' });
  draw();
  try {
    await action();
  } catch (error) {
    state.error = error instanceof Error ? error.message : String(error);
  } finally {
    state.busy = '';
    draw();
  }
}

const check = (): Promise<void> =>
  run('Running the checks…', async () => {
    state.view = await server.ttsQaChecklist();
    for (const group of state.view.groups)
      if (!state.open.has(group.name)) state.open.set(group.name, group.status === 'ERROR' || group.status === 'WARNING');
    state.ticked = new Set([...state.ticked].filter((item) => state.view!.manualItems.includes(item)));
  });

const select = (tab: string, a1: string): Promise<void> =>
  run(`Selecting ${tab}!${a1}…`, async () => {
    state.selected = `${tab}!${a1}`;
    state.message = `Selected ${await server.ttsQaSelect(tab, a1)}.`;
  });

const signOff = async (): Promise<void> => {
  if (state.busy) return; // a second Enter before the page redrew
  await run('Signing off…', async () => {
    const result = await server.ttsQaSignOff({ ticked: [...state.ticked], note: state.note });
    state.view = result.view;
    state.message = result.message;
  });
};

function groupSection(group: Group, index: number): HTMLElement {
  const open = state.open.get(group.name) ?? false;
  const listId = `group-${index}-findings`;
  const toggle = on(
    h(
      'button',
      { type: 'button', id: `group-${index}`, class: `group-toggle status-${group.status}`, 'aria-expanded': String(open), 'aria-controls': listId },
      h('span', { class: 'chevron', 'aria-hidden': 'true' }, open ? '▾' : '▸'),
      h('span', { class: 'group-name' }, group.name),
      h('span', { class: `badge status-${group.status}` }, countsText(group.counts)),
    ),
    'click',
    () => {
      state.open.set(group.name, !open);
      draw();
    },
  );
  const findings = group.findings.map((finding, j) => {
    const cell = `${finding.tab}!${finding.a1}`;
    return h(
      'li',
      {},
      on(
        h(
          'button',
          {
            type: 'button',
            id: `finding-${index}-${j}`,
            class: `finding severity-${finding.severity}`,
            'aria-current': state.selected === cell ? 'true' : undefined,
            title: `Select ${cell}`,
          },
          h(
            'span',
            { class: 'finding-head' },
            h('span', { class: `severity severity-${finding.severity}` }, finding.severity),
            h('span', { class: 'cell' }, cell),
          ),
          h('span', { class: 'message' }, finding.message),
          h('span', { class: 'fix' }, `Fix: ${finding.fix}`),
        ),
        'click',
        () => void select(finding.tab, finding.a1),
      ),
    );
  });
  const body: Child = group.findings.length
    ? h('ul', { id: listId, class: 'findings', hidden: !open }, ...findings)
    : h('p', { id: listId, class: 'none', hidden: !open }, 'Nothing found.');
  return h('section', { class: 'group', 'aria-labelledby': `group-${index}` }, h('h2', {}, toggle), body);
}

function manualItems(view: ChecklistView): HTMLElement {
  const items = view.manualItems.map((item, k) =>
    h(
      'div',
      { class: 'item' },
      on(h('input', { type: 'checkbox', id: `item-${k}`, checked: state.ticked.has(item) }), 'change', (event) => {
        if ((event.target as HTMLInputElement).checked) state.ticked.add(item);
        else state.ticked.delete(item);
        draw();
      }),
      h('label', { for: `item-${k}` }, item),
    ),
  );
  return h('fieldset', { class: 'manual' }, h('legend', {}, 'Manual checks'), ...(items.length ? items : [h('p', {}, 'None set in Settings.')]));
}

function signOffForm(view: ChecklistView): HTMLElement {
  const blocker = signOffBlocker(view);
  const note = on(h('textarea', { id: 'note', rows: '3', maxlength: '2000' }), 'input', (event) => {
    state.note = (event.target as HTMLTextAreaElement).value;
  });
  note.value = state.note;
  const button = on(
    h(
      'button',
      { type: 'button', id: 'sign-off', class: 'primary', disabled: !!blocker || !!state.busy, 'aria-describedby': 'sign-off-hint' },
      'Sign off',
    ),
    'click',
    () => void signOff(),
  );
  return h(
    'div',
    { class: 'sign-off' },
    h('label', { for: 'note' }, 'Note (optional)'),
    note,
    button,
    h('p', { id: 'sign-off-hint', class: 'hint' }, blocker || 'Everything checked: sign off to record it in the TTS · QA log tab.'),
    h('p', { class: view.signedOff ? 'signed yes' : 'signed no' }, view.signOffLine),
  );
}

function draw(): void {
  const view = state.view;
  const progress = h(
    'p',
    { class: 'progress', role: 'status', 'aria-live': 'polite' },
    state.busy && h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    state.busy || state.message,
  );
  const children: Child[] = [h('h1', {}, 'QA checklist'), progress, state.error && h('p', { class: 'error', role: 'alert' }, state.error)];
  if (view) {
    children.splice(
      1,
      0,
      h('p', { class: 'freshness' }, view.freshness.line),
      view.freshness.warning && h('p', { class: 'stale', role: 'alert' }, view.freshness.warning),
    );
    children.push(
      h(
        'div',
        { class: 'summary' },
        h('span', { class: `badge status-${view.counts.ERROR ? 'ERROR' : view.counts.WARNING ? 'WARNING' : 'OK'}` }, countsText(view.counts)),
        on(h('button', { type: 'button', id: 'check-again', disabled: !!state.busy }, 'Check again'), 'click', () => void check()),
      ),
      ...view.groups.map(groupSection),
      manualItems(view),
      signOffForm(view),
    );
  }
  app.setAttribute('aria-busy', String(!!state.busy));
  app.replaceChildren(...children.filter((child): child is string | Node => !!child));
  if (lastFocused) document.getElementById(lastFocused)?.focus();
}

void check();
