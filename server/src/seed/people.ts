/**
 * The people of the demo data: clients with CRM coordinates and contacts (some with portal
 * logins), admins and agents with working hours, leave and hourly-rate histories. The demo
 * accounts of demo.ts always come first.
 */
import { base, fr, Faker } from '@faker-js/faker';
import type { WorkingHours } from '@guichet/contract/agents';
import type { RatePeriod } from '../modules/time/money.ts';
import { DEFAULT_WORKING_HOURS } from '../modules/agents/repo.ts';
import { DAY, dayOfIso, isoDay, schedule, weekday, type Schedule } from './calendar.ts';
import { DEMO_ACCOUNTS } from './demo.ts';
import type { Random } from './random.ts';
import { ADDRESS_EXTRAS, CLIENT_NOTES, CONTACT_JOBS, LEAVE_NOTES, SECTORS, TOWNS } from './texts.ts';

export interface SeedContact {
  id: string;
  clientIndex: number;
  name: string;
  firstName: string;
  email: string;
  phone: string;
  jobTitle: string;
  /** The portal login, when the contact has one. */
  userId: string | null;
  createdAt: number;
}

export interface SeedClient {
  index: number;
  id: string;
  externalRef: string;
  name: string;
  companyId: string;
  email: string;
  phone: string;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  notes: string | null;
  active: boolean;
  /** Share of the tickets (skewed: a few busy clients, many quiet ones). */
  weight: number;
  /** An inactive client stopped opening tickets after this instant. */
  until: number;
  createdAt: number;
  contacts: SeedContact[];
  /** Contacts with a portal login: they open tickets, reply, confirm and rate. */
  portal: SeedContact[];
}

export interface SeedStaff {
  id: string;
  role: 'admin' | 'agent';
  name: string;
  firstName: string;
  email: string;
  active: boolean;
  createdAt: number;
  /** Agents: first and last day (local day numbers) they take tickets. */
  hiredDay: number;
  leftDay: number | null;
  workingHours: WorkingHours;
  schedule: Schedule;
  timezone: string;
  available: boolean;
  capacity: number | null;
  leaves: { startsOn: number; endsOn: number; note: string | null }[];
  leaveDays: Set<number>;
  rates: RatePeriod[];
}

export interface People {
  clients: SeedClient[];
  admins: SeedStaff[];
  agents: SeedStaff[];
  /** Names of people at the clients, for « {collegue} » in texts. */
  colleagues: string[];
}

/** "Hôtel Dufour & Fils" → "hotel-dufour-fils" */
export const slug = (text: string, separator = '-') =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');

/** A pseudo-SIRET: 14 digits passing the Luhn check, as real ones do. */
function siret(random: Random): string {
  const digits = Array.from({ length: 13 }, () => random.int(0, 9));
  const sum = (ds: number[]) =>
    ds.reduce((acc, d, i) => {
      const v = (ds.length - i) % 2 === 0 ? d * 2 : d;
      return acc + (v > 9 ? v - 9 : v);
    }, 0);
  const check = (10 - (sum([...digits, 0]) % 10)) % 10;
  return [...digits, check].join('');
}

const phone = (random: Random, mobile = false) => {
  const lead = mobile ? random.pick(['06', '07']) : random.pick(['01', '02', '03', '04', '05', '09']);
  return [lead, ...Array.from({ length: 4 }, () => String(random.int(0, 99)).padStart(2, '0'))].join(' ');
};

const hours = (ranges: [string, string][], days: (keyof WorkingHours)[]): WorkingHours => {
  const out: WorkingHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
  for (const d of days) out[d] = ranges.map(([start, end]) => ({ start, end }));
  return out;
};
const WEEK: (keyof WorkingHours)[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** Typical weekly hours of a support team: standard, early, late, part time, a Saturday rota. */
const WORKING_PATTERNS: [number, WorkingHours][] = [
  [5, hours([['09:00', '12:30'], ['13:30', '18:00']], WEEK)],
  [2, hours([['08:00', '12:00'], ['13:00', '16:30']], WEEK)],
  [2, hours([['10:00', '13:00'], ['14:00', '19:00']], WEEK)],
  [1, hours([['09:00', '12:30'], ['13:30', '17:30']], ['mon', 'tue', 'thu', 'fri'])],
  [1, hours([['08:30', '12:30'], ['13:30', '17:00']], ['tue', 'wed', 'thu', 'fri', 'sat'])],
];

/** Names nobody generated may take: the e2e journeys search for these. */
const RESERVED_NAMES = /fontaine|dubois|garnier|roussel/i;

export function generatePeople(
  random: Random,
  options: { seed: number; clients: number; agents: number; admins: number; nowMs: number; startMs: number },
): People {
  const faker = new Faker({ locale: [fr, base] });
  faker.seed(options.seed);
  const today = Math.floor(options.nowMs / DAY);
  const startDay = Math.floor(options.startMs / DAY);
  const usedEmails = new Set<string>(DEMO_ACCOUNTS.map((a) => a.email));
  const person = () => {
    for (;;) {
      const firstName = faker.person.firstName();
      const lastName = faker.person.lastName();
      if (!RESERVED_NAMES.test(`${firstName} ${lastName}`)) return { firstName, lastName };
    }
  };
  const uniqueEmail = (local: string, domain: string) => {
    for (let k = 0; ; k++) {
      const email = `${local}${k ? k + 1 : ''}@${domain}`;
      if (!usedEmails.has(email)) {
        usedEmails.add(email);
        return email;
      }
    }
  };

  // ── clients ──
  const names = new Set<string>();
  const ranks = random.sample(
    Array.from({ length: options.clients }, (_, i) => i),
    options.clients,
  );
  // the two demo clients are among the busiest: their contacts see a full portal
  const demoRanks = [0, Math.min(2, options.clients - 1)];
  const otherRanks = ranks.filter((r) => !demoRanks.includes(r));
  const rankOf = (i: number) => (i < 2 ? demoRanks[i]! : otherRanks[i - 2]!);
  const clients: SeedClient[] = [];
  for (let i = 0; i < options.clients; i++) {
    let name: string;
    if (i === 0) name = 'Transports Fontaine';
    else if (i === 1) name = 'Imprimerie Dubois & Fils';
    else {
      for (;;) {
        const { lastName } = person();
        const other = person().lastName;
        const form = random.int(0, 9);
        name =
          form < 6
            ? `${random.pick(SECTORS)} ${lastName}`
            : form < 8
              ? `${random.pick(SECTORS)} ${lastName} & ${random.pick(['Fils', 'Associés', 'Cie'])}`
              : `${lastName} et ${other}`;
        if (!names.has(name) && !RESERVED_NAMES.test(name)) break;
      }
    }
    names.add(name);
    const domain = `${slug(name)}.fr`;
    const [city, postalCode] = random.pick(TOWNS);
    const active = i < 3 || !random.chance(0.05);
    const createdAt = options.startMs - random.int(30, 5 * 365) * DAY - random.int(0, DAY);
    const client: SeedClient = {
      index: i,
      id: random.uuid(createdAt),
      externalRef: `CRM-${1001 + i}`,
      name,
      companyId: siret(random),
      email: uniqueEmail('contact', domain),
      phone: phone(random),
      addressLine1: `${random.int(1, 180)} ${faker.location.street()}`,
      addressLine2: random.chance(0.2) ? random.pick(ADDRESS_EXTRAS) : null,
      postalCode,
      city,
      notes: random.chance(0.3) ? random.pick(CLIENT_NOTES).replace('{n}', String(random.int(1, 9))) : null,
      active,
      weight: 1 / Math.pow(rankOf(i) + 1, 0.85),
      until: active ? Infinity : options.startMs + random.float(0.3, 0.8) * (options.nowMs - options.startMs),
      createdAt,
      contacts: [],
      portal: [],
    };
    // contacts: more for the busy clients
    const count = Math.min(8, 2 + Math.floor(random.next() * 2 + client.weight * 6));
    const portalCount = Math.max(1, Math.min(count, random.int(1, 3)));
    for (let k = 0; k < count; k++) {
      const demo = k === 0 && i < 2 ? DEMO_ACCOUNTS.filter((a) => a.role === 'contact')[i]! : null;
      const p = demo ? { firstName: demo.name.split(' ')[0]!, lastName: demo.name.split(' ').slice(1).join(' ') } : person();
      const contactAt = client.createdAt + random.int(0, 200) * DAY;
      const contact: SeedContact = {
        id: random.uuid(contactAt),
        clientIndex: i,
        name: `${p.firstName} ${p.lastName}`,
        firstName: p.firstName,
        email: demo ? demo.email : uniqueEmail(`${slug(p.firstName, '.')}.${slug(p.lastName, '.')}`, domain),
        phone: phone(random, random.chance(0.5)),
        jobTitle: demo ? 'Responsable informatique' : random.pick(CONTACT_JOBS),
        userId: k < portalCount ? random.uuid(contactAt) : null,
        createdAt: Math.min(contactAt, options.startMs),
      };
      client.contacts.push(contact);
      if (contact.userId) client.portal.push(contact);
    }
    clients.push(client);
  }

  // ── staff ──
  const staff = (role: 'admin' | 'agent', index: number): SeedStaff => {
    const demo = DEMO_ACCOUNTS.filter((a) => a.role === role)[index];
    const p = demo ? { firstName: demo.name.split(' ')[0]!, lastName: demo.name.split(' ').slice(1).join(' ') } : person();
    const name = `${p.firstName} ${p.lastName}`;
    const email = demo ? demo.email : uniqueEmail(`${slug(p.firstName, '.')}.${slug(p.lastName, '.')}`, 'guichet.demo');
    // demo accounts and most of the team were there before the period; some joined during it, some left
    const joinedLate = !demo && role === 'agent' && random.chance(0.15);
    const leaves = !demo && role === 'agent' && !joinedLate && random.chance(0.1);
    const hiredDay = joinedLate ? startDay + random.int(30, Math.max(31, today - startDay - 60)) : startDay - random.int(60, 4 * 365);
    const leftDay = leaves ? startDay + random.int(90, Math.max(91, today - startDay - 30)) : null;
    const workingHours = role === 'admin' ? DEFAULT_WORKING_HOURS : index === 0 ? DEFAULT_WORKING_HOURS : random.weighted(WORKING_PATTERNS);
    const createdAt = hiredDay * DAY + 8 * 3600_000;
    return {
      id: random.uuid(createdAt),
      role,
      name,
      firstName: p.firstName,
      email,
      active: leftDay === null,
      createdAt,
      hiredDay,
      leftDay,
      workingHours,
      schedule: schedule(workingHours),
      timezone: !demo && random.chance(0.05) ? 'Europe/Brussels' : 'Europe/Paris',
      available: demo ? index !== 2 : random.chance(0.9),
      capacity: random.weighted([
        [6, null],
        [1, 15],
        [1, 20],
        [1, 25],
      ]),
      leaves: [],
      leaveDays: new Set(),
      rates: [],
    };
  };
  const admins = Array.from({ length: options.admins }, (_, i) => staff('admin', i));
  const agents = Array.from({ length: options.agents }, (_, i) => staff('agent', i));

  for (const agent of agents) {
    planLeaves(random, agent, startDay, today, agents.indexOf(agent) < 3);
    agent.rates = rateHistory(random, agent, agents.indexOf(agent), startDay, today);
  }

  const colleagues = Array.from({ length: 120 }, () => {
    const p = person();
    return `${p.firstName} ${p.lastName}`;
  });
  return { clients, admins, agents, colleagues };
}

/** Monday on or after `day`. */
const nextMonday = (day: number) => day + ((8 - weekday(day)) % 7);

/**
 * Summer holidays, the Christmas week, a few single days and some training, from a year before
 * the period to three months ahead. Demo agents take none around today (the e2e journeys count
 * on agent1 working).
 */
function planLeaves(random: Random, agent: SeedStaff, startDay: number, today: number, demo: boolean) {
  const first = Math.max(agent.hiredDay, startDay - 60);
  const last = Math.min(agent.leftDay ?? Infinity, today + 90);
  const add = (startsOn: number, length: number, note: string | null) => {
    const endsOn = startsOn + length - 1;
    if (startsOn < first || endsOn > last) return;
    if (demo && endsOn >= today - 3 && startsOn <= today + 30) return;
    if (agent.leaves.some((l) => startsOn <= l.endsOn + 1 && l.startsOn <= endsOn + 1)) return;
    agent.leaves.push({ startsOn, endsOn, note });
    for (let d = startsOn; d <= endsOn; d++) agent.leaveDays.add(d);
  };
  const firstYear = new Date(first * DAY).getUTCFullYear();
  const lastYear = new Date(last * DAY).getUTCFullYear();
  for (let year = firstYear; year <= lastYear; year++) {
    const summer = nextMonday(dayOfIso(`${year}-07-01`) + random.int(0, 6) * 7);
    add(summer, random.pick([12, 19, 19, 26]), random.chance(0.7) ? "Congés d'été" : null);
    if (random.chance(0.5)) add(dayOfIso(`${year}-12-24`), random.int(5, 9), "Congés de fin d'année");
    for (let k = random.int(2, 5); k > 0; k--) {
      const day = dayOfIso(`${year}-01-01`) + random.int(0, 364);
      if (weekday(day) >= 1 && weekday(day) <= 5) add(day, 1, random.pick(LEAVE_NOTES));
    }
    if (random.chance(0.3)) add(nextMonday(dayOfIso(`${year}-01-01`) + random.int(14, 330)), random.int(2, 3), 'Formation');
  }
  agent.leaves.sort((a, b) => a.startsOn - b.startsOn);
}

/**
 * Hourly rates in cents, from the day the agent joined (or before the period), with raises on
 * the way. Demo agents keep the rates the journeys know: agent1 45.00 now (42.00 before),
 * agent2 52.00 now (49.00 before), agent3 38.00.
 */
function rateHistory(random: Random, agent: SeedStaff, index: number, startDay: number, today: number): RatePeriod[] {
  const from = Math.max(agent.hiredDay, startDay - 400);
  if (index === 0) return [{ effectiveFrom: isoDay(from), hourlyRateCents: 4200 }, { effectiveFrom: isoDay(today - 300), hourlyRateCents: 4500 }];
  if (index === 1) return [{ effectiveFrom: isoDay(from), hourlyRateCents: 4900 }, { effectiveFrom: isoDay(today - 210), hourlyRateCents: 5200 }];
  if (index === 2) return [{ effectiveFrom: isoDay(from), hourlyRateCents: 3800 }];
  let rate = random.int(34, 58) * 100;
  const rates: RatePeriod[] = [{ effectiveFrom: isoDay(from), hourlyRateCents: rate }];
  // raises on the 1st of January, or on a work anniversary
  for (let year = new Date(from * DAY).getUTCFullYear() + 1; year <= new Date(today * DAY).getUTCFullYear(); year++) {
    if (!random.chance(0.6)) continue;
    const day = random.chance(0.6) ? dayOfIso(`${year}-01-01`) : dayOfIso(`${year}-${isoDay(agent.hiredDay).slice(5).replace('02-29', '03-01')}`);
    if (day <= from || day > today || (agent.leftDay !== null && day > agent.leftDay)) continue;
    rate = Math.round((rate * random.float(1.02, 1.07)) / 50) * 50;
    rates.push({ effectiveFrom: isoDay(day), hourlyRateCents: rate });
  }
  return rates;
}
