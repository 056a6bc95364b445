import { describe, expect, it } from 'vitest';
import { callBody, manualReportBody } from '../../../server/modules/intake/calls.schema.ts';
import {
  buildCallBody,
  buildManualBody,
  type CallFormValues,
  defaultCategory,
  durationBetween,
  durationText,
  emptyCall,
  emptyManual,
  formErrorsFromServer,
  fromLocalInput,
  isSilentOnly,
  serverPathsShown,
  sortReasons,
  toLocalInput,
  validateCall,
  validateManual,
} from './call-form.ts';

const call = (patch: Partial<CallFormValues> = {}): CallFormValues => ({
  ...emptyCall(new Date('2026-03-01T09:15:00Z')),
  reasons: ['grooming'],
  ...patch,
});

describe('default report category', () => {
  it('comes from the first abuse reason in the order the screen lists them', () => {
    expect(defaultCategory(['information_request', 'trafficking', 'grooming'])).toBe('grooming');
    expect(defaultCategory(['online_sexual_exploitation'])).toBe('online_content');
    expect(defaultCategory(['suspicious_behaviour', 'sexual_abuse'])).toBe('sexual_abuse');
  });

  it('is "other" when no reason is abuse', () => {
    expect(defaultCategory([])).toBe('other');
    expect(defaultCategory(['information_request', 'silent'])).toBe('other');
  });
});

describe('silent calls', () => {
  it('are those with only silent, prank or wrong-number reasons', () => {
    expect(isSilentOnly(['silent'])).toBe(true);
    expect(isSilentOnly(['prank', 'wrong_number'])).toBe(true);
    expect(isSilentOnly(['silent', 'grooming'])).toBe(false);
    expect(isSilentOnly([])).toBe(false);
  });
});

describe('durations', () => {
  it('are split into hours, minutes and seconds', () => {
    expect(durationBetween('2026-03-01T09:00:00Z', '2026-03-01T09:07:30Z')).toEqual({
      hours: 0,
      minutes: 7,
      seconds: 30,
    });
    expect(durationBetween('2026-03-01T09:00:00Z', '2026-03-01T10:02:03Z')).toEqual({
      hours: 1,
      minutes: 2,
      seconds: 3,
    });
  });

  it('are unknown without an end, or with an end before the start', () => {
    expect(durationBetween('2026-03-01T09:00:00Z', null)).toBeNull();
    expect(durationBetween('2026-03-01T09:00:00Z', '2026-03-01T08:00:00Z')).toBeNull();
    expect(durationBetween('not a date', '2026-03-01T08:00:00Z')).toBeNull();
  });

  it('name the two largest units that matter', () => {
    expect(durationText({ hours: 1, minutes: 2, seconds: 3 })).toEqual({ key: 'hours', values: { h: 1, m: 2 } });
    expect(durationText({ hours: 0, minutes: 7, seconds: 30 })).toEqual({ key: 'minutes', values: { m: 7, s: 30 } });
    expect(durationText({ hours: 0, minutes: 0, seconds: 42 })).toEqual({ key: 'seconds', values: { s: 42 } });
  });
});

describe('local times', () => {
  it('round-trip between the input and an instant', () => {
    const at = new Date('2026-03-01T09:15:42Z');
    expect(fromLocalInput(toLocalInput(at))).toBe(at.toISOString());
    expect(toLocalInput(at)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  });

  it('accept a value without seconds and refuse what is not a time', () => {
    expect(fromLocalInput('2026-03-01T09:15')).not.toBeNull();
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('yesterday')).toBeNull();
  });
});

describe('the call body', () => {
  it('leaves out empty fields and report fields when no report is made', () => {
    const body = buildCallBody(
      call({ summary: '  ', place: '', contact: { name: 'x', phone: '' }, category: 'trafficking' }),
    );
    expect(body).toEqual({
      startedAt: '2026-03-01T09:15:00.000Z',
      callerType: 'adult',
      language: 'km',
      reasons: ['grooming'],
      urgency: 'normal',
      actionsTaken: [],
      createReport: false,
    });
    expect(callBody.safeParse(body).success).toBe(true);
  });

  it('sends a report with the default category, trimmed text and the contact given', () => {
    const v = call({
      endedAt: toLocalInput(new Date('2026-03-01T09:22:10Z')),
      reasons: ['information_request', 'sexual_exploitation'],
      summary: ' synthetic: a girl is offered money ',
      province: 'kampot',
      place: ' market ',
      urgency: 'emergency',
      actionsTaken: ['police_notified', 'advice'],
      createReport: true,
      contact: { name: '', phone: ' 012 000 000 ' },
    });
    const body = buildCallBody(v);
    expect(body).toMatchObject({
      endedAt: '2026-03-01T09:22:10.000Z',
      reasons: ['sexual_exploitation', 'information_request'],
      summary: 'synthetic: a girl is offered money',
      province: 'kampot',
      place: 'market',
      actionsTaken: ['advice', 'police_notified'],
      createReport: true,
      category: 'sexual_exploitation',
      contact: { phone: '012 000 000' },
    });
    expect(body.contact).toEqual({ phone: '012 000 000' });
    expect(callBody.safeParse(body).success).toBe(true);
    expect(buildCallBody({ ...v, category: 'other' }).category).toBe('other');
  });

  it('never asks for a report for a silent call, even if the switch was left on', () => {
    const body = buildCallBody(call({ reasons: ['silent'], createReport: true, summary: 'x' }));
    expect(body.createReport).toBe(false);
    expect(body).not.toHaveProperty('category');
  });

  it('keeps the reasons in the taxonomy order', () => {
    expect(sortReasons(['wrong_number', 'grooming', 'sexual_abuse'])).toEqual([
      'sexual_abuse',
      'grooming',
      'wrong_number',
    ]);
  });
});

describe('checks before sending a call', () => {
  it('need a reason, a summary for a report, and an end after the start', () => {
    expect(validateCall(call({ reasons: [] }))).toEqual({ reasons: 'calls.form.reasonsRequired' });
    expect(validateCall(call({ createReport: true }))).toEqual({ summary: 'calls.form.summaryRequired' });
    expect(validateCall(call({ createReport: true, reasons: ['prank'] }))).toEqual({});
    const v = call();
    expect(validateCall({ ...v, endedAt: '2000-01-01T00:00:00' })).toEqual({ endedAt: 'calls.form.endBeforeStart' });
    expect(validateCall({ ...v, startedAt: '' })).toEqual({ startedAt: 'calls.form.timeInvalid' });
  });
});

describe('reports entered by hand', () => {
  const filled = {
    ...emptyManual(),
    channel: 'walk_in' as const,
    category: 'online_content' as const,
    description: ' synthetic: a mother came to the office ',
    urls: ['', ' https://example.org/a ', 'https://example.org/b'],
    contact: { name: ' ', phone: '', email: 'a@example.org' },
    emergency: true,
  };

  it('send the filled-in addresses and remember which row each came from', () => {
    const { body, urlRows } = buildManualBody(filled);
    expect(body).toEqual({
      channel: 'walk_in',
      category: 'online_content',
      description: 'synthetic: a mother came to the office',
      urls: ['https://example.org/a', 'https://example.org/b'],
      emergency: true,
      contact: { email: 'a@example.org' },
    });
    expect(urlRows).toEqual([1, 2]);
    expect(manualReportBody.safeParse(body).success).toBe(true);
  });

  it('are checked before sending', () => {
    expect(validateManual(emptyManual(), '2026-03-01')).toEqual({
      channel: 'validation.required',
      category: 'validation.required',
      description: 'validation.required',
    });
    expect(
      validateManual(
        {
          ...filled,
          urls: ['javascript:alert(1)', ''],
          occurredOn: '2026-03-02',
          contact: { ...filled.contact, email: 'x' },
        },
        '2026-03-01',
      ),
    ).toEqual({
      'urls.0': 'calls.manual.urlInvalid',
      occurredOn: 'calls.manual.dateInFuture',
      'contact.email': 'validation.email',
    });
    expect(validateManual({ ...filled, urls: [''] }, '2026-03-01')).toEqual({
      'urls.0': 'calls.manual.urlsRequired',
    });
  });
});

describe('server field errors', () => {
  it('land on the form field that shows them', () => {
    expect(
      formErrorsFromServer(
        { 'reasons.0': 'not a known reason', 'reasons.1': 'not a known reason', 'contact.phone': 'too long', _: 'x' },
        [],
      ),
    ).toEqual({ reasons: 'not a known reason', 'contact.phone': 'too long', _: 'x' });
  });

  it('put an address error beside the row it came from', () => {
    expect(formErrorsFromServer({ 'urls.1': 'must be an http:// or https:// address' }, [0, 3])).toEqual({
      'urls.3': 'must be an http:// or https:// address',
    });
    expect(formErrorsFromServer({ urls: 'at least one address' }, [])).toEqual({ 'urls.0': 'at least one address' });
  });
});

describe('the error alert', () => {
  it('leaves out what the form shows beside its fields', () => {
    const fields = { 'reasons.0': 'x', 'urls.1': 'y', other: 'z' };
    expect(serverPathsShown(fields, ['reasons', 'urls.3'], [0, 3])).toEqual(['reasons.0', 'urls.1']);
  });
});
