import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../../shared/people.ts';
import en from '../../i18n/en/people.json';
import km from '../../i18n/km/people.json';
import {
  birthText,
  COMMON_LANGUAGES,
  type CorrectableFacts,
  collapseFieldErrors,
  correctionPatch,
  otherNames,
  toCorrectionValues,
} from './person-form.ts';

const person: CorrectableFacts = {
  khmerName: 'សុខ ដារា',
  latinName: 'Sok Dara',
  aliases: ['Dara'],
  gender: 'female',
  birthDate: null,
  birthYear: 2010,
  nationality: 'KH',
  languages: ['km'],
};

describe('correctionPatch', () => {
  it('sends nothing when nothing changed', () => {
    expect(correctionPatch(person, toCorrectionValues(person))).toEqual({});
  });

  it('sends only what changed, with empty fields as null', () => {
    const values = { ...toCorrectionValues(person), latinName: '  ', birthYear: '2011', languages: ['km', 'en'] };
    expect(correctionPatch(person, values)).toEqual({ latinName: null, birthYear: 2011, languages: ['km', 'en'] });
  });

  it('trims names and drops empty aliases', () => {
    const values = { ...toCorrectionValues(person), khmerName: ' សុខ ដារា ', aliases: ['Dara', ' ', ' Da '] };
    expect(correctionPatch(person, values)).toEqual({ aliases: ['Dara', 'Da'] });
  });

  it('passes a malformed year on for the server to name', () => {
    expect(correctionPatch(person, { ...toCorrectionValues(person), birthYear: '20x0' })).toEqual({
      birthYear: '20x0',
    });
  });

  it('sends an estimated age as a number, and clears it as null', () => {
    expect(correctionPatch(person, { ...toCorrectionValues(person), estimatedAge: ' 9 ' })).toEqual({
      estimatedAge: 9,
    });
    const estimated = { ...person, estimatedAge: 9 };
    expect(toCorrectionValues(estimated).estimatedAge).toBe('9');
    expect(correctionPatch(estimated, toCorrectionValues(estimated))).toEqual({});
    expect(correctionPatch(estimated, { ...toCorrectionValues(estimated), estimatedAge: '' })).toEqual({
      estimatedAge: null,
    });
  });

  it('clears the nationality and sets a birth date', () => {
    const values = { ...toCorrectionValues(person), nationality: '', birthDate: '2010-03-04' };
    expect(correctionPatch(person, values)).toEqual({ nationality: null, birthDate: '2010-03-04' });
  });
});

describe('helpers', () => {
  it('collapses list item errors onto the list field', () => {
    expect(collapseFieldErrors({ 'languages.1': 'a language code', birthYear: 'too big' })).toEqual({
      languages: 'a language code',
      birthYear: 'too big',
    });
  });

  it('shows the birth date, else the year, else nothing', () => {
    const fmt = (iso: string) => `<${iso}>`;
    expect(birthText({ birthDate: '2010-03-04', birthYear: 2010 }, fmt)).toBe('<2010-03-04>');
    expect(birthText({ birthDate: null, birthYear: 2010 }, fmt)).toBe('2010');
    expect(birthText({ birthDate: null, birthYear: null }, fmt)).toBeNull();
    const est = (y: number) => `${y} (estimated)`;
    expect(birthText({ birthDate: null, birthYear: 2016, birthYearEstimated: true }, fmt, est)).toBe(
      '2016 (estimated)',
    );
    expect(birthText({ birthDate: null, birthYear: 2016, birthYearEstimated: false }, fmt, est)).toBe('2016');
  });

  it('lists the names in the other script only', () => {
    expect(otherNames({ displayName: 'Sok Dara', khmerName: 'សុខ ដារា', latinName: 'Sok Dara' })).toEqual(['សុខ ដារា']);
    expect(otherNames({ displayName: 'Sok Dara', khmerName: null, latinName: 'Sok Dara' })).toEqual([]);
  });
});

type Tree = { [key: string]: string | Tree };
const text = (tree: Tree, key: string) => {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
};

describe('person page code lists', () => {
  // Built at runtime: t(`people.documentKind.${kind}`), t(`people.language.${code}`).
  const keys = [...DOCUMENT_KINDS.map((k) => `documentKind.${k}`), ...COMMON_LANGUAGES.map((c) => `language.${c}`)];
  it.each(keys)('%s has a text in English and Khmer', (key) => {
    expect(text(en as Tree, key)).toBeDefined();
    expect(text(km as Tree, key)).toMatch(/[\u1780-\u17FF]/);
  });
});
