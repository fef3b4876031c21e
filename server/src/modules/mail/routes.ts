import { ErrorBody, IdParams } from '@guichet/contract/common';
import {
  InboundList,
  InboundListQuery,
  InboundMailDetail,
  LinkedMailPreferences,
  LinkedRating,
  MailConnectionTest,
  MailPreferences,
  MailSettings,
  OutboxList,
  OutboxListQuery,
  OutboxMailDetail,
  QuarantineActionBody,
  TestConnectionBody,
  TokenParams,
  UpdateMailPreferencesBody,
  UpdateMailSettingsBody,
} from '@guichet/contract/mail';
import { RateBody, Rating } from '@guichet/contract/tickets';
import { z } from 'zod';
import { contentDisposition, FileStore } from '../attachments/files.ts';
import * as inbound from './inbound/service.ts';
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

  // ── mail taken in from the support mailbox ──
  const store = new FileStore(app.config.filesDir);
  app.get(
    '/api/mail/inbound',
    { schema: { tags, summary: 'Mails taken in (admin), newest first; `status=quarantined` for the quarantine', querystring: InboundListQuery, response: { 200: InboundList, 400: ErrorBody } } },
    async (request) => inbound.listInbound(app.db, actorOf(request), request.query),
  );
  app.get(
    '/api/mail/inbound/:id',
    { schema: { tags, summary: 'A mail taken in, with its whole text (admin; agents: those on a ticket)', params: IdParams, response: { 200: InboundMailDetail, 404: ErrorBody } } },
    async (request) => inbound.getInbound(app.db, actorOf(request), request.params.id),
  );
  app.get(
    '/api/mail/inbound/:id/raw',
    { schema: { tags, summary: 'The raw message (.eml), to download', params: IdParams, response: { 200: z.any(), 404: ErrorBody } } },
    async (request, reply) => {
      const raw = await inbound.inboundRaw(app.db, actorOf(request), request.params.id);
      return reply
        .type('message/rfc822')
        .header('content-disposition', contentDisposition(raw.fileName, false))
        .header('cache-control', 'private, no-store')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(store.open(raw.rawKey) as never);
    },
  );
  app.post(
    '/api/mail/inbound/:id/action',
    {
      schema: {
        tags,
        summary: 'Decide on a quarantined mail (signed-in admin): accept its sender as a contact of a client, attach it to a ticket, or delete it',
        params: IdParams,
        body: QuarantineActionBody,
        response: { 200: InboundMailDetail, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => inbound.actOnInbound(app.db, app.config, store, actorOf(request), request.params.id, request.body),
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
