import { describe, expect, it } from 'vitest';
import { addDays, balances, caseDays, daysBetween, fromMinor, todayInCambodia, toMinor } from './court-arithmetic.ts';

describe('compensation arithmetic', () => {
  it('adds in hundredths, so decimals never drift', () => {
    expect(toMinor('0.1') + toMinor('0.2')).toBe(30);
    expect(fromMinor(toMinor('1250.5'))).toBe('1250.50');
    expect(fromMinor(-5)).toBe('-0.05');
    expect(toMinor('4000000')).toBe(400_000_000);
  });

  it('keeps each currency apart: ordered − paid, and the day it was fully paid', () => {
    const orders = [
      { amount: '1000', currency: 'USD' },
      { amount: '500.50', currency: 'USD' },
      { amount: '4000000', currency: 'KHR' },
    ];
    const payments = [
      { amount: '700', currency: 'USD', paidOn: '2024-03-01' },
      { amount: '1000000', currency: 'KHR', paidOn: '2024-02-01' },
      { amount: '800.50', currency: 'USD', paidOn: '2024-05-10' },
    ];
    expect(balances(orders, payments)).toEqual([
      { currency: 'KHR', ordered: '4000000.00', paid: '1000000.00', outstanding: '3000000.00', fullyPaidOn: null },
      { currency: 'USD', ordered: '1500.50', paid: '1500.50', outstanding: '0.00', fullyPaidOn: '2024-05-10' },
    ]);
  });

  it('shows overpayment and a currency paid but never ordered', () => {
    expect(
      balances([{ amount: '10', currency: 'USD' }], [{ amount: '12', currency: 'USD', paidOn: '2024-01-02' }]),
    ).toEqual([{ currency: 'USD', ordered: '10.00', paid: '12.00', outstanding: '-2.00', fullyPaidOn: '2024-01-02' }]);
    expect(balances([], [{ amount: '5', currency: 'THB', paidOn: '2024-01-02' }])[0]).toMatchObject({
      ordered: '0.00',
      fullyPaidOn: null,
    });
  });
});

describe('day counts', () => {
  it('count whole days across months and leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-01-10', '2024-01-01')).toBe(-9);
    expect(addDays('2024-12-30', 3)).toBe('2025-01-02');
  });

  it('count the case from its earliest arrest, and to the first and the full payment', () => {
    const days = caseDays(
      ['2024-01-20', '2024-01-10'],
      '2024-06-08',
      [
        { amount: '100', currency: 'USD' },
        { amount: '400000', currency: 'KHR' },
      ],
      [
        { amount: '60', currency: 'USD', paidOn: '2024-06-18' },
        { amount: '400000', currency: 'KHR', paidOn: '2024-07-08' },
        { amount: '40', currency: 'USD', paidOn: '2024-08-07' },
      ],
    );
    expect(days).toEqual({
      arrestToVerdict: 150,
      verdictToFirstPayment: 10,
      verdictToFullPayment: 60,
      firstPaymentOn: '2024-06-18',
      fullyPaidOn: '2024-08-07',
    });
  });

  it('stay empty while a date is missing', () => {
    expect(caseDays([], null, [], [])).toEqual({
      arrestToVerdict: null,
      verdictToFirstPayment: null,
      verdictToFullPayment: null,
      firstPaymentOn: null,
      fullyPaidOn: null,
    });
    // Nothing ordered: a payment is a first payment, but there is no "fully paid".
    expect(
      caseDays(['2024-01-01'], '2024-02-01', [], [{ amount: '1', currency: 'USD', paidOn: '2024-02-02' }]),
    ).toMatchObject({
      verdictToFirstPayment: 1,
      verdictToFullPayment: null,
    });
  });

  it("take today's date in Cambodia (UTC+7)", () => {
    expect(todayInCambodia(new Date('2024-05-01T16:59:00Z'))).toBe('2024-05-01');
    expect(todayInCambodia(new Date('2024-05-01T17:00:00Z'))).toBe('2024-05-02');
  });
});
