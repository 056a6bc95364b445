import { AppError, invalid } from './errors.ts';

/**
 * Run inside the transaction of a change that can move a record out of its
 * editor's own scope (another office, another lead or lawyer, a team without
 * them). Without it such a change would be saved and then answered 404, a
 * refusal that wrote; with it the change is refused with a 400 on `field`
 * and rolled back. Moving a record away is for a manager who keeps seeing it.
 */
export async function keepInEditorsScope(stillVisible: () => Promise<unknown>, field: string): Promise<void> {
  try {
    await stillVisible();
  } catch (err) {
    if (err instanceof AppError && (err.status === 404 || err.code === 'read_only')) {
      throw invalid({
        [field]:
          'you would no longer see this record after this change: put yourself on its team first to hand it over',
      });
    }
    throw err;
  }
}

/** The field to name when a patch takes a record out of scope: the office if it moved, else the first field changed. */
export const scopeField = (patch: Record<string, unknown>, order: readonly string[]): string =>
  order.find((f) => patch[f] !== undefined) ?? Object.keys(patch)[0] ?? 'id';
