import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { ApiError } from './api';
import { fieldErrorsOf, formPath } from './form-errors';

describe('fieldErrorsOf', () => {
  it('puts each 400 field problem under its form path, translating known codes', () => {
    const error = new ApiError(400, 'validation_failed', 'Some fields are invalid.', [
      { field: 'body.address.postalCode', message: 'Too big' },
      { field: 'body.name', code: 'required', message: 'required' },
    ]);
    expect(fieldErrorsOf(i18n.t, error)).toEqual({
      'address.postalCode': 'Too big',
      name: 'Ce champ est obligatoire.',
    });
  });

  it('has French words for every validation code the server sends', () => {
    const codes = ['required', 'invalid_email', 'too_short', 'too_long', 'invalid_format', 'invalid'];
    const error = new ApiError(
      400,
      'validation_failed',
      'Some fields are invalid.',
      codes.map((code) => ({ field: `body.${code}`, code, message: `English words for ${code}` })),
    );
    expect(fieldErrorsOf(i18n.t, error)).toEqual({
      required: 'Ce champ est obligatoire.',
      invalid_email: 'Adresse e-mail invalide.',
      too_short: 'Trop court.',
      too_long: 'Trop long.',
      invalid_format: 'Format invalide.',
      invalid: 'Valeur invalide.',
    });
  });

  it('ignores errors that are not validation errors', () => {
    expect(fieldErrorsOf(i18n.t, new ApiError(409, 'email_taken', 'taken'))).toEqual({});
    expect(fieldErrorsOf(i18n.t, new Error('boom'))).toEqual({});
  });

  it('understands JSON-pointer paths too', () => {
    expect(formPath('/address/city')).toBe('address.city');
  });
});
