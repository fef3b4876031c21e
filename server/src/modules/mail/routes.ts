import { ErrorBody, IdParams } from '@guichet/contract/common';
import {
  LinkedMailPreferences,
  LinkedRating,
  MailConnectionTest,
  MailPreferences,
  MailSettings,
  OutboxList,
  OutboxListQuery,
  OutboxMailDetail,
  TestConnectionBody,
  TokenParams,
  UpdateMailPreferencesBody,
  UpdateMailSettingsBody,
} from '@guichet/contract/mail';
import { RateBody, Rating } from '@guichet/contract/tickets';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../http/auth-hook.ts';
import * as service from './service.ts';

const tags = ['mail'];

export const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  // ── Administration → Courriels ──
  app.get(
    '/api/mail/outbox',
    { schema: { tags, summary: 'Mails sent and waiting (admin), newest first, with counts per status', querystring: OutboxListQuery, response: { 200: OutboxList, 400: ErrorBody } } },
    async (request) => service.listOutbox(app.db, app.config, actorOf(request), request.query),
  );
  app.get(
    '/api/mail/outbox/:id',
    { schema: { tags, summary: 'One mail as sent (admin): headers, text and HTML', params: IdParams, response: { 200: OutboxMailDetail, 404: ErrorBody } } },
    async (request) => service.getOutboxMail(app.db, actorOf(request), request.params.id),
  );
  app.post(
    '/api/mail/outbox/:id/resend',
    { schema: { tags, summary: 'Send a failed mail again (admin)', params: IdParams, response: { 200: OutboxMailDetail, 400: ErrorBody, 404: ErrorBody } } },
    async (request) => service.resendOutboxMail(app.db, actorOf(request), request.params.id),
  );
  app.get(
    '/api/mail/settings',
    { schema: { tags, summary: 'Mail servers and sender (admin); passwords never returned', response: { 200: MailSettings } } },
    async (request) => service.getMailSettings(app.db, app.config, actorOf(request)),
  );
  app.patch(
    '/api/mail/settings',
    {
      schema: {
        tags,
        summary: 'Change the mail servers and sender (signed-in admin); passwords stored encrypted with MAIL_SECRET_KEY',
        body: UpdateMailSettingsBody,
        response: { 200: MailSettings, 400: ErrorBody },
      },
    },
    async (request) => service.updateMailSettings(app.db, app.config, actorOf(request), request.body),
  );
  app.post(
    '/api/mail/settings/test',
    { schema: { tags, summary: 'Try the SMTP server or the mailbox in effect (admin)', body: TestConnectionBody, response: { 200: MailConnectionTest } } },
    async (request) => service.testMailConnection(app.db, app.config, actorOf(request), request.body.server),
  );

  // ── one's own preferences ──
  app.get(
    '/api/me/mail-preferences',
    { schema: { tags, summary: 'The mails I receive, by kind, and their language', response: { 200: MailPreferences, 404: ErrorBody } } },
    async (request) => service.getMyMailPreferences(app.db, actorOf(request)),
  );
  app.patch(
    '/api/me/mail-preferences',
    { schema: { tags, summary: 'Turn kinds of mail on or off', body: UpdateMailPreferencesBody, response: { 200: MailPreferences, 400: ErrorBody, 404: ErrorBody } } },
    async (request) => service.updateMyMailPreferences(app.db, actorOf(request), request.body),
  );

  // ── links in mails: no sign-in, the signed token is the key ──
  const linkLimit = { rateLimit: { max: 60, timeWindow: '1 minute' } };
  app.get(
    '/api/public/mail-preferences/:token',
    { config: { public: true, ...linkLimit }, schema: { tags, summary: 'Preferences opened from a mail’s link', params: TokenParams, response: { 200: LinkedMailPreferences, 404: ErrorBody, 429: ErrorBody } } },
    async (request) => service.getLinkedMailPreferences(app.db, request.params.token),
  );
  app.put(
    '/api/public/mail-preferences/:token',
    {
      config: { public: true, ...linkLimit },
      schema: { tags, summary: 'Change the preferences of a mail’s link', params: TokenParams, body: UpdateMailPreferencesBody, response: { 200: LinkedMailPreferences, 400: ErrorBody, 404: ErrorBody, 429: ErrorBody } },
    },
    async (request) => service.updateLinkedMailPreferences(app.db, request.params.token, request.body),
  );
  app.get(
    '/api/public/rating/:token',
    { config: { public: true, ...linkLimit }, schema: { tags, summary: 'The ticket a resolution mail’s « Évaluer » link rates', params: TokenParams, response: { 200: LinkedRating, 404: ErrorBody, 429: ErrorBody } } },
    async (request) => service.getLinkedRating(app.db, request.params.token),
  );
  app.put(
    '/api/public/rating/:token',
    {
      config: { public: true, ...linkLimit },
      schema: { tags, summary: 'Rate from the mail’s link (1–5 stars, a comment; changeable)', params: TokenParams, body: RateBody, response: { 200: Rating, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 429: ErrorBody } },
    },
    async (request) => service.rateFromLink(app.db, request.params.token, request.body),
  );
};
