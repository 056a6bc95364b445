import { describe, expect, it } from 'vitest';
import { publicReportBody } from '../shared/intake.ts';
import { emptyDraft } from './draft.ts';
import { fixAddress, serverMessageKey, toBody, validate } from './validate.ts';

const draft = (over: Partial<ReturnType<typeof emptyDraft>>) => ({ ...emptyDraft(), ...over });

describe('public form rules', () => {
  it('asks for a category and a description', () => {
    expect(validate(draft({}))).toEqual({ category: 'errors.category', description: 'errors.description' });
    expect(validate(draft({ category: 'other', description: '  ' }))).toEqual({ description: 'errors.description' });
  });

  it('needs a web address for online content, and only http(s) ones', () => {
    expect(validate(draft({ category: 'online_content', description: 'x' }))).toEqual({
      'urls.0': 'errors.urlsRequired',
    });
    const bad = draft({
      category: 'online_content',
      description: 'x',
      urls: ['https://a.example/x', 'javascript:alert(1)'],
    });
    expect(validate(bad)).toEqual({ 'urls.1': 'errors.url' });
    // Addresses are not checked (nor sent) for other categories: their inputs are hidden.
    expect(validate(draft({ category: 'grooming', description: 'x', urls: ['nonsense'] }))).toEqual({});
  });

  it('refuses a date in the future and a contact choice without a way to reach the person', () => {
    expect(validate(draft({ category: 'other', description: 'x', occurredOn: '2999-01-01' }))).toEqual({
      occurredOn: 'errors.occurredOn',
    });
    expect(validate(draft({ category: 'other', description: 'x', contactMode: 'contact', name: 'A' }))).toEqual({
      'contact.phone': 'errors.contactMissing',
    });
    expect(validate(draft({ category: 'other', description: 'x', contactMode: 'contact', email: 'nope' }))).toEqual({
      'contact.email': 'errors.email',
    });
  });

  it('adds the scheme people leave out of an address', () => {
    expect(fixAddress(' example.org/page ')).toBe('https://example.org/page');
    expect(fixAddress('http://example.org')).toBe('http://example.org');
    expect(fixAddress('not an address')).toBe('not an address');
  });

  it('sends only what the person chose to give, in the shape the server accepts', () => {
    const full = draft({
      category: 'online_content',
      description: ' seen online ',
      urls: ['https://a.example/x', ''],
      province: 'kampot',
      emergency: true,
      contactMode: 'anonymous',
      name: 'typed, then chose anonymous',
    });
    const body = toBody(full, 'km', '');
    expect(body).toEqual({
      category: 'online_content',
      description: 'seen online',
      urls: ['https://a.example/x'],
      province: 'kampot',
      emergency: true,
      language: 'km',
    });
    expect(publicReportBody.safeParse(body).success).toBe(true);
    const withContact = toBody(
      draft({ category: 'other', description: 'x', contactMode: 'contact', phone: '012' }),
      'en',
      'bot',
    );
    expect(withContact).toMatchObject({ contact: { phone: '012' }, website: 'bot', language: 'en' });
    expect(publicReportBody.safeParse(withContact).success).toBe(true);
  });

  it('turns server messages into translated ones by field', () => {
    expect(serverMessageKey('urls.3', 'must be an http:// or https:// address')).toBe('errors.url');
    expect(serverMessageKey('description', 'at most 20000 characters')).toBe('errors.descriptionLong');
    expect(serverMessageKey('urls', 'at least one address is required for online content')).toBe('errors.urlsRequired');
    expect(serverMessageKey('somethingNew', 'x')).toBe('errors.generic');
  });
});
