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

  it('ignores errors that are not validation errors', () => {
    expect(fieldErrorsOf(i18n.t, new ApiError(409, 'email_taken', 'taken'))).toEqual({});
    expect(fieldErrorsOf(i18n.t, new Error('boom'))).toEqual({});
  });

  it('understands JSON-pointer paths too', () => {
    expect(formPath('/address/city')).toBe('address.city');
  });
});
