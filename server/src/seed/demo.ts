import { fakerFR as faker } from '@faker-js/faker';
import type { Executor } from '../db/client.ts';
import { clients, contacts, users } from '../db/schema.ts';
import { hashPassword } from '../lib/secrets.ts';
import { seedDemoMoney } from './demo-money.ts';
import { seedDemoTickets } from './demo-tickets.ts';

export const DEMO_PASSWORD = 'guichet-demo';

export const DEMO_ACCOUNTS = [
  { email: 'admin@guichet.demo', role: 'admin', name: 'Camille Martin' },
  { email: 'agent1@guichet.demo', role: 'agent', name: 'Julien Moreau' },
  { email: 'agent2@guichet.demo', role: 'agent', name: 'Sophie Lefèvre' },
  { email: 'agent3@guichet.demo', role: 'agent', name: 'Karim Benali' },
  { email: 'contact1@guichet.demo', role: 'contact', name: 'Élise Fontaine' },
  { email: 'contact2@guichet.demo', role: 'contact', name: 'Marc Dubois' },
] as const;

const sectors = ['Transports', 'Boulangerie', 'Imprimerie', 'Cabinet comptable', 'Logistique', 'Pharmacie', 'Hôtellerie', 'BTP', 'Librairie', 'Agence immobilière'];

/** "Hôtellerie Dufour & Fils" → "hotellerie-dufour-fils" */
const slug = (text: string, separator = '-') =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}|\\${separator}$`, 'g'), '');

/** A pseudo-SIRET: 14 digits passing the Luhn check, as real ones do. */
function siret(): string {
  const digits = Array.from({ length: 13 }, () => faker.number.int(9));
  const sum = (ds: number[]) =>
    ds.reduce((acc, d, i) => {
      const v = (ds.length - i) % 2 === 0 ? d * 2 : d;
      return acc + (v > 9 ? v - 9 : v);
    }, 0);
  const check = (10 - (sum([...digits, 0]) % 10)) % 10;
  return [...digits, check].join('');
}

/**
 * The demo data `npm start` loads on an empty database: staff, clients with CRM coordinates and
 * contacts, two of whom can sign in to the portal. Deterministic for a given seed.
 */
export async function seedDemo(db: Executor, options: { clients?: number; seed?: number; now?: Date } = {}) {
  faker.seed(options.seed ?? 42);
  const now = options.now ?? new Date();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const clientCount = Math.max(2, options.clients ?? 40);

  const clientRows = Array.from({ length: clientCount }, (_, i) => {
    const company = i === 0 ? 'Transports Fontaine' : i === 1 ? 'Imprimerie Dubois & Fils' : `${faker.helpers.arrayElement(sectors)} ${faker.person.lastName()}`;
    const domain = slug(company);
    return {
      externalRef: `CRM-${String(1001 + i)}`,
      name: company,
      companyId: siret(),
      email: `contact@${domain}.fr`,
      phone: faker.phone.number({ style: 'national' }),
      addressLine1: faker.location.streetAddress(),
      addressLine2: null,
      postalCode: faker.location.zipCode(),
      city: faker.location.city(),
      country: 'France',
      notes: i % 4 === 0 ? 'Client sous contrat de maintenance annuel.' : null,
      active: i % 13 !== 12,
    };
  });
  const insertedClients = await db.insert(clients).values(clientRows).returning({ id: clients.id, email: clients.email });

  const staff = await db
    .insert(users)
    .values(DEMO_ACCOUNTS.filter((a) => a.role !== 'contact').map((a) => ({ email: a.email, name: a.name, role: a.role, passwordHash })))
    .returning({ id: users.id, role: users.role });

  const portalUsers = await db
    .insert(users)
    .values(
      DEMO_ACCOUNTS.filter((a) => a.role === 'contact').map((a, i) => ({
        email: a.email,
        name: a.name,
        role: 'contact' as const,
        clientId: insertedClients[i]!.id,
        passwordHash,
      })),
    )
    .returning({ id: users.id, email: users.email, name: users.name, clientId: users.clientId });

  const contactRows: (typeof contacts.$inferInsert)[] = portalUsers.map((u) => ({
    clientId: u.clientId!,
    name: u.name,
    email: u.email,
    jobTitle: 'Responsable informatique',
    phone: faker.phone.number({ style: 'national' }),
    userId: u.id,
  }));
  const jobs = ['Directrice administrative', 'Gérant', 'Assistant de direction', 'Comptable', 'Responsable des achats', 'Office manager'];
  for (const client of insertedClients) {
    const n = faker.number.int({ min: 1, max: 3 });
    for (let k = 0; k < n; k++) {
      const first = faker.person.firstName();
      const last = faker.person.lastName();
      const email = `${slug(first, '.')}.${slug(last, '.')}${k > 0 ? k : ''}@${client.email!.split('@')[1]}`;
      contactRows.push({ clientId: client.id, name: `${first} ${last}`, email, jobTitle: faker.helpers.arrayElement(jobs), phone: faker.phone.number({ style: 'national' }) });
    }
  }
  await db.insert(contacts).values(contactRows);
  const ticketCount = await seedDemoTickets(db, {
    clientIds: insertedClients.map((c) => c.id),
    agentIds: staff.filter((u) => u.role === 'agent').map((u) => u.id),
    adminId: staff.find((u) => u.role === 'admin')!.id,
    contactByClient: new Map(portalUsers.map((u) => [u.clientId!, u.id])),
    now,
  });
  const money = await seedDemoMoney(db, { agentIds: staff.filter((u) => u.role === 'agent').map((u) => u.id), adminId: staff.find((u) => u.role === 'admin')!.id, now });
  return { clients: insertedClients.length, staff: staff.length, contacts: contactRows.length, tickets: ticketCount, ...money };
}
