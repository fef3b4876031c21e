import {
  Client,
  ClientContactParams,
  ClientList,
  ClientListQuery,
  Contact,
  ContactList,
  CreateClientBody,
  CreateContactBody,
  ExternalRef,
  ImportReport,
  PortalAccessBody,
  UpdateClientBody,
  UpdateContactBody,
  UpsertClientBody,
  UpsertClientResult,
} from '@guichet/contract/clients';
import { ErrorBody, IdParams } from '@guichet/contract/common';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/auth-hook.ts';
import { badRequest } from '../../http/errors.ts';
import { decodeCsv, importClientsCsv } from './import.ts';
import * as clients from './service.ts';

const tags = ['clients'];
const RefParams = z.object({ externalRef: ExternalRef });
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export const clientRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/clients',
    {
      schema: {
        tags,
        summary: 'CRM clients: search, sort, keyset pagination (staff)',
        querystring: ClientListQuery,
        response: { 200: ClientList, 400: ErrorBody },
      },
    },
    async (request) => clients.listClients(app.db, actorOf(request), request.query),
  );

  app.post(
    '/api/clients',
    {
      schema: {
        tags,
        summary: 'Create a client (admin)',
        body: CreateClientBody,
        response: { 201: Client, 400: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await clients.createClient(app.db, actorOf(request), request.body)),
  );

  app.get(
    '/api/clients/by-ref/:externalRef',
    {
      schema: {
        tags,
        summary: "A client by the CRM's own reference (staff)",
        params: RefParams,
        response: { 200: Client, 404: ErrorBody },
      },
    },
    async (request) => clients.getClientByRef(app.db, actorOf(request), request.params.externalRef),
  );

  app.put(
    '/api/clients/by-ref/:externalRef',
    {
      schema: {
        tags,
        summary: 'Idempotent upsert from the CRM, contacts matched by e-mail (admin, API token)',
        description:
          'Creates the client with this CRM reference or updates it to match the body. Calling it again with the same body changes nothing and answers `result: "unchanged"`. Contacts listed are created or updated by e-mail; contacts not listed are left alone.',
        params: RefParams,
        body: UpsertClientBody,
        response: { 200: UpsertClientResult, 400: ErrorBody },
      },
    },
    async (request) => clients.upsertClientByRef(app.db, actorOf(request), request.params.externalRef, request.body),
  );

  app.get(
    '/api/clients/:id',
    { schema: { tags, summary: 'The fiche client (staff)', params: IdParams, response: { 200: Client, 404: ErrorBody } } },
    async (request) => clients.getClient(app.db, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/clients/:id',
    {
      schema: {
        tags,
        summary: 'Edit a client (admin); fields left out stay as they are',
        params: IdParams,
        body: UpdateClientBody,
        response: { 200: Client, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => clients.updateClient(app.db, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/clients/:id/contacts',
    { schema: { tags, summary: "A client's contacts (staff)", params: IdParams, response: { 200: ContactList, 404: ErrorBody } } },
    async (request) => clients.listContacts(app.db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/clients/:id/contacts',
    {
      schema: {
        tags,
        summary: 'Add a contact, optionally with a portal login (admin)',
        params: IdParams,
        body: CreateContactBody,
        response: { 201: Contact, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await clients.createContact(app.db, actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/clients/:id/contacts/:contactId',
    {
      schema: {
        tags,
        summary: 'Edit a contact (admin)',
        params: ClientContactParams,
        body: UpdateContactBody,
        response: { 200: Contact, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) =>
      clients.updateContact(app.db, actorOf(request), request.params.id, request.params.contactId, request.body),
  );

  app.put(
    '/api/clients/:id/contacts/:contactId/portal-access',
    {
      schema: {
        tags,
        summary: "Give, reset or revoke a contact's portal login (admin)",
        description: 'The admin sets an initial password and passes it on to the contact. `enabled: false` revokes the login and signs the contact out.',
        params: ClientContactParams,
        body: PortalAccessBody,
        response: { 200: Contact, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) =>
      clients.setPortalAccess(app.db, actorOf(request), request.params.id, request.params.contactId, request.body),
  );

  app.post(
    '/api/clients/import',
    {
      bodyLimit: IMPORT_MAX_BYTES,
      schema: {
        tags,
        summary: 'Import clients from CSV, created or updated by CRM reference (admin)',
        description:
          'Send the file as multipart/form-data (field `file`) or as a `text/csv` body. Header row required; columns: externalRef, name, companyId, email, phone, addressLine1, addressLine2, postalCode, city, country, notes, active. `,` or `;` separated, UTF-8 (Windows-1252 accepted). The answer reports each row as created, updated, unchanged or rejected with its reasons.',
        consumes: ['multipart/form-data', 'text/csv'],
        response: { 200: ImportReport, 400: ErrorBody, 413: ErrorBody, 415: ErrorBody },
      },
    },
    async (request) => {
      let bytes: Uint8Array;
      if (request.isMultipart()) {
        const file = await request.file({ limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } });
        if (!file) throw badRequest('file_missing', 'Attach the CSV file in the field "file".');
        bytes = await file.toBuffer();
      } else {
        if (!Buffer.isBuffer(request.body)) throw badRequest('file_missing', 'Send the CSV as multipart (field "file") or as a text/csv body.');
        bytes = request.body;
      }
      return importClientsCsv(app.db, actorOf(request), decodeCsv(bytes));
    },
  );
};
