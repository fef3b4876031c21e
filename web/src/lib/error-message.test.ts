import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { ApiError } from './api';
import { errorMessage } from './error-message';

/** Every code the server may answer with, with its status and (English) sentence. */
const SERVER_ERRORS: [status: number, code: string, message: string][] = [
  [401, 'invalid_credentials', 'E-mail or password is incorrect, or the account is deactivated.'],
  [429, 'too_many_attempts', 'Too many failed sign-ins for this account; try again in 15 minutes.'],
  [429, 'too_many_requests', 'Too many requests; try again in a minute.'],
  [409, 'email_taken', 'Another account already uses this e-mail address.'],
  [409, 'external_ref_taken', 'Another client already has this CRM reference.'],
  [409, 'cannot_deactivate_self', 'You cannot deactivate yourself or remove your own admin role.'],
  [400, 'password_required', 'Give an initial password for this portal login.'],
  [400, 'invalid_cursor', 'The pagination cursor is not valid; start again from the first page.'],
  [404, 'not_found', 'This client does not exist.'],
  [401, 'unauthenticated', 'Sign in, or send a valid API token.'],
  [500, 'internal_error', 'Something went wrong on our side.'],
  [400, 'validation_failed', 'Some fields are invalid.'],
  [400, 'invalid_csv', 'The file is not valid CSV: Invalid Closing Quote.'],
  [400, 'empty_file', 'The file is empty.'],
  [413, 'too_many_rows', 'At most 20000 rows per import.'],
  [400, 'file_missing', 'Attach the CSV file in the field "file".'],
  [413, 'payload_too_large', 'The request or file is too large.'],
  [415, 'unsupported_media_type', 'This content type is not accepted here.'],
  [409, 'budget_overlap', 'This client already has a budget covering some of these days.'],
];

describe('errorMessage', () => {
  it.each(SERVER_ERRORS)('%i %s has a sentence of its own in French and in English', async (status, code, message) => {
    const error = new ApiError(status, code, message);
    const french = errorMessage(i18n.t, error);
    await i18n.changeLanguage('en');
    const english = errorMessage(i18n.t, error);

    // The French sentence is ours, not the server's English (ours may happen to match in English).
    expect(french).not.toBe(message);
    expect(french).not.toBe(english);
    expect(french).not.toMatch(/^errors\./);
    expect(english).not.toMatch(/^errors\./);
  });

  it('names the unknown and the missing columns of a CSV header', async () => {
    const unknown = new ApiError(400, 'unknown_columns', 'Unknown columns: ref.', { unknown: ['ref'], expected: ['externalRef'] });
    const missing = new ApiError(400, 'missing_columns', 'The header must contain: externalRef, name.', {
      missing: ['externalRef', 'name'],
    });
    expect(errorMessage(i18n.t, unknown)).toBe(
      "Colonne inconnue dans l'en-tête : « ref ». Renommez-la ou retirez-la ; seules les colonnes reconnues sont acceptées.",
    );
    expect(errorMessage(i18n.t, missing)).toBe(
      "Il manque des colonnes obligatoires dans l'en-tête : « externalRef », « name ».",
    );
    await i18n.changeLanguage('en');
    expect(errorMessage(i18n.t, missing)).toBe('Required columns are missing from the header: “externalRef”, “name”.');
  });

  it("falls back to the server's sentence only for a code it doesn't know", () => {
    expect(errorMessage(i18n.t, new ApiError(409, 'budget_locked', 'The budget is locked.'))).toBe('The budget is locked.');
    // …but a known status still gets words of its own.
    expect(errorMessage(i18n.t, new ApiError(503, 'maintenance', 'Down for maintenance.'))).toBe(
      'Le serveur a rencontré un problème. Réessayez dans un instant.',
    );
  });
});
