import type { Checklist, ChecklistAnswer, StandardAnswer } from './indicator-types.ts';

/** What the form holds for one item: an answer (or none) and a date ('' when none). */
export type Draft = { answer: StandardAnswer | null; on: string };
export type Drafts = Record<string, Draft>;

export function draftsOf(checklist: Checklist): Drafts {
  return Object.fromEntries(checklist.items.map((i) => [i.id, { answer: i.answer, on: i.on ?? '' }]));
}

/**
 * The answers that differ from the saved checklist, as the API takes them: a
 * cleared answer drops its date, so the server is never asked to date nothing.
 */
export function changedAnswers(checklist: Checklist, drafts: Drafts): ChecklistAnswer[] {
  const out: ChecklistAnswer[] = [];
  for (const item of checklist.items) {
    const draft = drafts[item.id];
    if (!draft) continue;
    const on = draft.answer === null ? null : draft.on || null;
    if (draft.answer === item.answer && on === item.on) continue;
    out.push(draft.answer === null ? { itemId: item.id, answer: null } : { itemId: item.id, answer: draft.answer, on });
  }
  return out;
}
