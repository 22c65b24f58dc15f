import { describe, expect, it } from 'vitest';
import { checkLogo, contactPointProfileSchema } from '../../../src-renderer/domain/contact-point';
import { fieldErrors, isPhoneNumber, isWebsite, parseMessage } from '../../../src-renderer/domain/validation';
import { countryGroup, countryOptions } from '../../../src-renderer/domain/countries';

const valid = {
  organisationName: '  BSC Kranj  ',
  country: 'SI',
  address: '',
  contactPerson: 'Maja Novak',
  email: 'maja@bsc-kranj.si',
  phone: '+386 4 281 72 00',
  website: 'www.bsc-kranj.si',
};

describe('contact point profile', () => {
  it('accepts a complete profile, trimmed, with empty optionals dropped', () => {
    const parsed = contactPointProfileSchema.parse(valid);
    expect(parsed.organisationName).toBe('BSC Kranj');
    expect(parsed.address).toBeUndefined();
  });

  it('names each bad field with a translatable message', () => {
    const result = contactPointProfileSchema.safeParse({
      ...valid,
      organisationName: ' ',
      country: 'XX',
      email: 'maja.bsc-kranj.si',
      phone: 'call me',
      website: 'not a site',
      contactPerson: 'x'.repeat(201),
    });
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!);
    expect(errors).toEqual({
      organisationName: 'required',
      country: 'country',
      email: 'email',
      phone: 'phone',
      website: 'website',
      contactPerson: 'tooLong|{"max":200}',
    });
    expect(parseMessage(errors['contactPerson']!)).toEqual({ key: 'tooLong', params: { max: 200 } });
  });

  it('requires a country', () => {
    const result = contactPointProfileSchema.safeParse({ ...valid, country: '' });
    expect(fieldErrors(result.error!)['country']).toBe('required');
  });
});

describe('field formats', () => {
  it.each(['+30 2410 123456', '(01) 234-5678', '+381 21 4854 200'])('%s is a phone number', (value) => {
    expect(isPhoneNumber(value)).toBe(true);
  });
  it.each(['12345', 'phone', '+30 2410 123456 123456 999'])('%s is not a phone number', (value) => {
    expect(isPhoneNumber(value)).toBe(false);
  });
  it('recognises websites with or without a scheme', () => {
    expect(isWebsite('www.example.eu')).toBe(true);
    expect(isWebsite('https://chamber.example.hr/en')).toBe(true);
    expect(isWebsite('ftp://example.eu')).toBe(false);
    expect(isWebsite('localhost')).toBe(false);
  });
});

describe('logo', () => {
  it('takes PNG and JPEG up to 1 MB', () => {
    expect(checkLogo({ type: 'image/png', size: 2048 })).toEqual({ ok: true });
    expect(checkLogo({ type: 'image/svg+xml', size: 2048 })).toEqual({ ok: false, error: 'logoType' });
    expect(checkLogo({ type: 'image/jpeg', size: 2 * 1024 * 1024 })).toEqual({
      ok: false,
      error: 'logoSize|{"maxMb":1}',
    });
    expect(checkLogo({ type: 'image/png', size: 0 })).toEqual({ ok: false, error: 'logoEmpty' });
  });
});

describe('countries', () => {
  it('lists programme countries first, named in the UI language', () => {
    const options = countryOptions('de');
    expect(options[0]?.group).toBe('eu');
    expect(options.find((o) => o.code === 'GR')?.name).toBe('Griechenland');
    expect(countryGroup('ME')).toBe('eligible');
    expect(countryGroup('US')).toBe('other');
    expect(options).toHaveLength(250);
  });
});
