import type { StandardsItem } from './indicator-types.ts';

/** The list with one item moved one place up (-1) or down (+1), as ids; unchanged past either end. */
export function moved(items: Pick<StandardsItem, 'id'>[], index: number, step: -1 | 1): string[] {
  const ids = items.map((i) => i.id);
  const other = index + step;
  if (other < 0 || other >= ids.length) return ids;
  [ids[index], ids[other]] = [ids[other] as string, ids[index] as string];
  return ids;
}
