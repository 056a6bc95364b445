import { describe, expect, it } from 'vitest';
import {
  agencyChoices,
  custodyChain,
  isOverdue,
  mayDo,
  NONE,
  newestFirst,
  optionalText,
  sortTasks,
  taskInput,
} from './helpers.ts';
import { validateInvestigationPageSearch } from './investigation-tabs.ts';
import type { AgencyPartner, EvidenceItem, InvestigationTask } from './investigation-types.ts';

const task = (over: Partial<InvestigationTask>): InvestigationTask => ({
  id: 't',
  title: 'synthetic task',
  owner: null,
  dueOn: null,
  doneAt: null,
  ...over,
});

describe('overdue tasks', () => {
  const today = '2025-06-15';
  it('are open and due before today', () => {
    expect(isOverdue(task({ dueOn: '2025-06-14' }), today)).toBe(true);
    expect(isOverdue(task({ dueOn: '2024-12-31' }), today)).toBe(true);
  });
  it('are not due today or later, without a date, or done', () => {
    expect(isOverdue(task({ dueOn: today }), today)).toBe(false);
    expect(isOverdue(task({ dueOn: '2025-06-16' }), today)).toBe(false);
    expect(isOverdue(task({ dueOn: null }), today)).toBe(false);
    expect(isOverdue(task({ dueOn: '2025-06-01', doneAt: '2025-06-02T10:00:00Z' }), today)).toBe(false);
  });
});

describe('task order', () => {
  it('puts open tasks first, the earliest due first and undated last; then done ones, the latest done first', () => {
    const sorted = sortTasks([
      task({ id: 'done-early', dueOn: '2025-01-01', doneAt: '2025-01-02T08:00:00Z' }),
      task({ id: 'undated' }),
      task({ id: 'later', dueOn: '2025-07-01' }),
      task({ id: 'overdue', dueOn: '2025-05-01' }),
      task({ id: 'done-late', doneAt: '2025-06-10T08:00:00Z' }),
    ]);
    expect(sorted.map((t) => t.id)).toEqual(['overdue', 'later', 'undated', 'done-late', 'done-early']);
  });
  it('leaves the given list alone', () => {
    const tasks = [task({ id: 'b', dueOn: '2025-02-01' }), task({ id: 'a', dueOn: '2025-01-01' })];
    sortTasks(tasks);
    expect(tasks.map((t) => t.id)).toEqual(['b', 'a']);
  });
});

describe('task input', () => {
  it('trims the title and leaves out "nobody" and a blank date', () => {
    expect(taskInput({ title: '  call the unit ', ownerId: NONE, dueOn: '' })).toEqual({ title: 'call the unit' });
    expect(taskInput({ title: 'x', ownerId: 'u1', dueOn: '2025-06-20' })).toEqual({
      title: 'x',
      ownerId: 'u1',
      dueOn: '2025-06-20',
    });
  });
});

describe('optional text', () => {
  it('is left out when blank and trimmed otherwise', () => {
    expect(optionalText('reason', '   ')).toEqual({});
    expect(optionalText('reason', ' for the file ')).toEqual({ reason: 'for the file' });
  });
});

describe('logs', () => {
  it('read newest first without changing the original', () => {
    const notes = [1, 2, 3];
    expect(newestFirst(notes)).toEqual([3, 2, 1]);
    expect(notes).toEqual([1, 2, 3]);
  });
});

describe('the chain of custody', () => {
  const item: EvidenceItem = {
    id: 'e',
    kind: 'statement',
    description: 'synthetic',
    collectedOn: '2025-06-01',
    collectedByName: 'Investigator A',
    holder: 'Police evidence room',
    transfers: [
      { from: 'Investigator A', to: 'Office safe', on: '2025-06-02', reason: 'night', recordedByName: 'A' },
      { from: 'Office safe', to: 'Police evidence room', on: '2025-06-05', reason: null, recordedByName: 'B' },
    ],
  };
  it('starts with the collection, held by the first holder, and ends with the current holder', () => {
    const chain = custodyChain(item);
    expect(chain.map((s) => [s.from, s.holder, s.on])).toEqual([
      [null, 'Investigator A', '2025-06-01'],
      ['Investigator A', 'Office safe', '2025-06-02'],
      ['Office safe', 'Police evidence room', '2025-06-05'],
    ]);
    expect(chain[0]?.by).toBe('Investigator A');
    expect(chain.at(-1)?.holder).toBe(item.holder);
  });
  it('is the collection alone when nothing was handed over', () => {
    expect(custodyChain({ ...item, holder: 'Desk', transfers: [] })).toEqual([
      { holder: 'Desk', on: '2025-06-01', from: null, reason: null, by: 'Investigator A' },
    ]);
  });
});

describe('agency choices', () => {
  const p = (id: string, kind: AgencyPartner['kind'], name: string): AgencyPartner => ({
    id,
    kind,
    name,
    country: 'KH',
  });
  it('leave out agencies already added, police units first, by name', () => {
    const choices = agencyChoices(
      [p('1', 'government', 'Ministry'), p('2', 'police', 'Unit B'), p('3', 'police', 'Unit A'), p('4', 'police', 'X')],
      [{ id: '4' }],
    );
    expect(choices.map((c) => c.id)).toEqual(['3', '2', '1']);
  });
});

describe('actions', () => {
  it('are what the server lists', () => {
    expect(mayDo({ actions: ['note', 'task'] }, 'note')).toBe(true);
    expect(mayDo({ actions: ['note'] }, 'evidence')).toBe(false);
    expect(mayDo({ actions: [] }, 'note')).toBe(false);
  });
});

describe('the tab in the address', () => {
  it('keeps known tabs, and leaves out the overview and anything else', () => {
    expect(validateInvestigationPageSearch({ tab: 'evidence' })).toEqual({ tab: 'evidence' });
    expect(validateInvestigationPageSearch({ tab: 'overview' })).toEqual({});
    expect(validateInvestigationPageSearch({ tab: 'secrets' })).toEqual({});
    expect(validateInvestigationPageSearch({ tab: 3 })).toEqual({});
  });
});
