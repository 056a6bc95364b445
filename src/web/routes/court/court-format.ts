import dayjs from 'dayjs';

/** An amount as staff read it: thousands grouped, no decimals when there are none ("4,000,000 KHR", "599.50 USD"). */
export function formatMoney(amount: string, currency: string): string {
  const [whole = '0', fraction = '00'] = amount.replace(/^-/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = amount.startsWith('-') ? '−' : '';
  return `${sign}${grouped}${fraction === '00' ? '' : `.${fraction}`} ${currency}`;
}

/** The first and last day of the month `offset` months from this one, as YYYY-MM-DD. */
export function monthRange(today: string, offset: number): { from: string; to: string; month: string } {
  const start = dayjs(today).startOf('month').add(offset, 'month');
  return {
    from: start.format('YYYY-MM-DD'),
    to: start.endOf('month').format('YYYY-MM-DD'),
    month: start.format('YYYY-MM'),
  };
}
