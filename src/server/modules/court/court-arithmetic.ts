/**
 * Compensation and day counts, kept pure so they are tested without a
 * database. Amounts travel as decimal strings ("1250.50") and are added in
 * minor units (hundredths), so no float ever rounds a payment away.
 */

export type Money = { amount: string; currency: string };
export type Payment = Money & { paidOn: string };
export type CurrencyBalance = {
  currency: string;
  ordered: string;
  paid: string;
  /** Ordered − paid; negative when more was paid than ordered. */
  outstanding: string;
  /** The payment that brought the total paid up to the amount ordered; null while not fully paid. */
  fullyPaidOn: string | null;
};

export function toMinor(amount: string): number {
  const [whole = '0', fraction = ''] = amount.split('.');
  const sign = whole.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(whole)) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2)));
}

export function fromMinor(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Per currency: ordered, paid, outstanding and the date it was fully paid.
 * A currency paid but never ordered still shows (ordered 0), so nothing is hidden.
 */
export function balances(orders: Money[], payments: Payment[]): CurrencyBalance[] {
  const currencies = [...new Set([...orders, ...payments].map((m) => m.currency))].sort();
  return currencies.map((currency) => {
    const ordered = orders.filter((o) => o.currency === currency).reduce((sum, o) => sum + toMinor(o.amount), 0);
    const mine = payments.filter((p) => p.currency === currency).sort((a, b) => a.paidOn.localeCompare(b.paidOn));
    let paid = 0;
    let fullyPaidOn: string | null = null;
    for (const p of mine) {
      paid += toMinor(p.amount);
      if (fullyPaidOn === null && ordered > 0 && paid >= ordered) fullyPaidOn = p.paidOn;
    }
    return {
      currency,
      ordered: fromMinor(ordered),
      paid: fromMinor(paid),
      outstanding: fromMinor(ordered - paid),
      fullyPaidOn,
    };
  });
}

export type CaseDays = {
  /** From the earliest arrest of any defendant to the verdict. */
  arrestToVerdict: number | null;
  /** From the verdict to the first compensation payment. */
  verdictToFirstPayment: number | null;
  /** From the verdict to the day every currency ordered was fully paid. */
  verdictToFullPayment: number | null;
  firstPaymentOn: string | null;
  fullyPaidOn: string | null;
};

/**
 * The case's day counts (decision 011): the case counts from its EARLIEST
 * arrest (the child's wait starts with the first arrest); each defendant's own
 * count is `daysBetween(arrestedOn, verdictOn)`. Compensation is fully paid
 * when every ordered currency is, on the latest of those dates.
 */
export function caseDays(
  arrestDates: string[],
  verdictOn: string | null,
  orders: Money[],
  payments: Payment[],
): CaseDays {
  const earliestArrest = [...arrestDates].sort()[0] ?? null;
  const firstPaymentOn = payments.map((p) => p.paidOn).sort()[0] ?? null;
  const ordered = balances(orders, payments).filter((b) => toMinor(b.ordered) > 0);
  const fullyPaidOn =
    ordered.length > 0 && ordered.every((b) => b.fullyPaidOn)
      ? (ordered
          .map((b) => b.fullyPaidOn as string)
          .sort()
          .at(-1) ?? null)
      : null;
  return {
    arrestToVerdict: earliestArrest && verdictOn ? daysBetween(earliestArrest, verdictOn) : null,
    verdictToFirstPayment: verdictOn && firstPaymentOn ? daysBetween(verdictOn, firstPaymentOn) : null,
    verdictToFullPayment: verdictOn && fullyPaidOn ? daysBetween(verdictOn, fullyPaidOn) : null,
    firstPaymentOn,
    fullyPaidOn,
  };
}

/** Today's date in Cambodia (UTC+7), where hearings are held: the reminder window counts from it. */
export function todayInCambodia(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Phnom_Penh' }).format(now);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
