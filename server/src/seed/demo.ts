/** The demo accounts every seed creates (`npm start` on an empty database, `npm run seed`), all with DEMO_PASSWORD. */
export const DEMO_PASSWORD = 'guichet-demo';

/**
 * The first admin and the first three agents; the two contacts have portal logins at the first
 * two clients, Transports Fontaine (CRM-1001) and Imprimerie Dubois & Fils (CRM-1002).
 */
export const DEMO_ACCOUNTS = [
  { email: 'admin@guichet.demo', role: 'admin', name: 'Camille Martin' },
  { email: 'agent1@guichet.demo', role: 'agent', name: 'Julien Moreau' },
  { email: 'agent2@guichet.demo', role: 'agent', name: 'Sophie Lefèvre' },
  { email: 'agent3@guichet.demo', role: 'agent', name: 'Karim Benali' },
  { email: 'contact1@guichet.demo', role: 'contact', name: 'Élise Fontaine' },
  { email: 'contact2@guichet.demo', role: 'contact', name: 'Marc Dubois' },
] as const;
