import { fakerFR as faker } from '@faker-js/faker';
import type { Executor } from '../db/client.ts';
import { agentProfiles, messages, ratings, ticketEvents, tickets } from '../db/schema.ts';
import { DEFAULT_WORKING_HOURS } from '../modules/agents/repo.ts';
import { awaitingClientSince } from '../modules/tickets/status.ts';

/** Believable French support requests: subject, description, an agent's answer, the client's follow-up. */
const PROBLEMS = [
  ['Imprimante du service compta hors ligne', "Depuis ce matin l'imprimante HP du 2e étage n'apparaît plus sur le réseau. Nous avons déjà essayé de la redémarrer.", "Bonjour, pouvez-vous vérifier que le câble réseau est bien branché et nous envoyer une photo de l'écran de l'imprimante ?", "C'est fait, l'écran affiche « Adresse IP non attribuée »."],
  ['Impossible de se connecter au VPN', 'Le client VPN affiche « échec de l\'authentification » pour trois collaborateurs en télétravail.', 'Nous avons réinitialisé les certificats des trois comptes. Pouvez-vous réessayer ?', 'Deux sur trois fonctionnent, Mme Leroy a toujours le message.'],
  ['Messagerie : pièces jointes bloquées', 'Nos clients ne reçoivent plus nos devis en PDF, les mails partent sans pièce jointe.', 'La taille maximale des pièces jointes avait été réduite par une mise à jour. Nous l\'avons rétablie à 25 Mo.', 'Merci, tout est revenu à la normale.'],
  ['Lenteurs sur le logiciel de caisse', 'Chaque encaissement prend plus de 30 secondes depuis lundi, la file d\'attente s\'allonge.', 'La base locale était saturée. Nous avons lancé une maintenance ce soir après la fermeture.', 'Ce matin c\'est beaucoup plus rapide, merci.'],
  ['Création de compte pour une nouvelle salariée', 'Julie Masson arrive lundi au service achats : il lui faut une adresse mail et un accès au partage commun.', 'Le compte julie.masson est créé, le mot de passe provisoire vous a été envoyé par SMS.', 'Parfait, elle a pu se connecter.'],
  ['Sauvegarde nocturne en échec', 'Le rapport de sauvegarde indique un échec depuis trois nuits sur le serveur de fichiers.', 'Le disque de destination est plein. Nous avons purgé les sauvegardes de plus de 90 jours.', 'La sauvegarde de cette nuit est bien passée.'],
  ['Écran qui clignote au poste d\'accueil', 'L\'écran du poste d\'accueil clignote par intermittence, surtout en début de matinée.', 'Il s\'agit probablement du câble HDMI. Un technicien passera jeudi avec un câble de remplacement.', 'Le clignotement a repris aujourd\'hui.'],
  ['Licence Office expirée', 'Un message indique que la licence Office a expiré sur quatre postes du bureau d\'études.', 'Les licences ont été réattribuées depuis la console, il suffit de fermer et rouvrir Word.', 'C\'est bon pour tout le monde.'],
  ['Wi-Fi instable en salle de réunion', 'Les visiteurs perdent la connexion Wi-Fi toutes les dix minutes dans la grande salle.', 'La borne de la salle était sur le même canal que celle du voisin. Nous avons changé de canal.', 'Beaucoup mieux pendant la réunion de ce matin.'],
  ['Erreur à l\'export comptable', 'L\'export des écritures vers le cabinet comptable s\'arrête avec « format de date invalide ».', 'Un correctif de l\'éditeur est disponible, nous l\'avons installé. Pouvez-vous relancer l\'export ?', 'L\'export passe mais il manque le journal des ventes.'],
] as const;

const CLOSING_COMMENTS = ['Très réactif, merci !', 'Problème réglé rapidement.', 'Bonne communication tout au long.', 'Un peu long mais résolu.', 'Il a fallu relancer plusieurs fois.', null, null];

/**
 * A few weeks of tickets for the demo: every status, discussions, history and ratings that follow
 * the rules (no rating before resolution, no reply before the ticket exists).
 */
export async function seedDemoTickets(
  db: Executor,
  input: { clientIds: string[]; agentIds: string[]; contactByClient: Map<string, string>; adminId: string; count?: number; now?: Date },
) {
  const now = input.now ?? new Date();
  for (const [i, agentId] of input.agentIds.entries()) {
    await db.insert(agentProfiles).values({ userId: agentId, workingHours: DEFAULT_WORKING_HOURS, timezone: 'Europe/Paris', available: i !== 2, capacity: i === 1 ? 15 : null });
  }
  const count = input.count ?? 60;
  for (let i = 0; i < count; i++) {
    const [subject, description, answer, followUp] = PROBLEMS[i % PROBLEMS.length]!;
    // the two portal clients get more tickets, so their contacts see a full portal
    const clientId = i % 3 === 0 ? input.clientIds[0]! : i % 3 === 1 ? input.clientIds[1]! : faker.helpers.arrayElement(input.clientIds);
    const requesterId = input.contactByClient.get(clientId) ?? input.adminId;
    const createdAt = new Date(now.getTime() - faker.number.int({ min: 150, max: 45 * 24 }) * 3600_000);
    const assigneeId = i % 11 === 5 ? null : input.agentIds[i % input.agentIds.length]!;
    const status = assigneeId === null ? 'open' : (['open', 'in_progress', 'in_progress', 'resolved', 'closed', 'closed'] as const)[i % 6]!;
    const at = (hours: number) => new Date(Math.min(createdAt.getTime() + hours * 3600_000, now.getTime() - 60_000));
    const answeredAt = status === 'open' ? null : at(faker.number.int({ min: 1, max: 20 }));
    const resolvedAt = status === 'resolved' || status === 'closed' ? at(30 + faker.number.int({ min: 1, max: 60 })) : null;
    const clientFollowUpAt = status !== 'open' && i % 4 !== 0 ? at(25) : null;
    const lastPublicByStaff = answeredAt ? !clientFollowUpAt : null;
    const lastPublicMessageAt = clientFollowUpAt ?? answeredAt;
    const closedAt = status === 'closed' ? (resolvedAt ? at(120) : at(2)) : null;
    const [ticket] = await db
      .insert(tickets)
      .values({
        clientId,
        requesterId,
        subject,
        description,
        priority: (['normal', 'high', 'low', 'normal'] as const)[i % 4]!,
        status,
        assigneeId,
        resolvedById: resolvedAt ? assigneeId : null,
        createdAt,
        updatedAt: closedAt ?? resolvedAt ?? lastPublicMessageAt ?? createdAt,
        lastActivityAt: closedAt ?? resolvedAt ?? lastPublicMessageAt ?? createdAt,
        firstResponseAt: answeredAt,
        resolvedAt,
        closedAt,
        closedReason: closedAt ? 'manual' : null,
        lastPublicMessageAt,
        lastPublicByStaff,
        awaitingClientSince: awaitingClientSince({ status, resolvedAt, lastPublicMessageAt, lastPublicByStaff }),
      })
      .returning({ id: tickets.id });
    const id = ticket!.id;
    const events: (typeof ticketEvents.$inferInsert)[] = [{ ticketId: id, kind: 'created', toValue: 'open', actorId: requesterId, at: createdAt }];
    if (assigneeId) events.push({ ticketId: id, kind: 'assignee', fromValue: null, toValue: assigneeId, actorId: null, at: createdAt });
    const thread: (typeof messages.$inferInsert)[] = [];
    if (answeredAt && assigneeId) {
      events.push({ ticketId: id, kind: 'status', fromValue: 'open', toValue: 'in_progress', actorId: assigneeId, at: answeredAt });
      if (i % 5 === 0) thread.push({ ticketId: id, kind: 'internal', authorId: assigneeId, body: 'Client sous contrat premium : à traiter en priorité.', createdAt: answeredAt });
      thread.push({ ticketId: id, kind: 'public', authorId: assigneeId, body: answer, createdAt: answeredAt });
    }
    if (clientFollowUpAt) thread.push({ ticketId: id, kind: 'public', authorId: requesterId, body: followUp, createdAt: clientFollowUpAt });
    if (resolvedAt && assigneeId) events.push({ ticketId: id, kind: 'status', fromValue: 'in_progress', toValue: 'resolved', actorId: assigneeId, at: resolvedAt });
    if (closedAt) events.push({ ticketId: id, kind: 'status', fromValue: resolvedAt ? 'resolved' : 'open', toValue: 'closed', actorId: assigneeId ?? input.adminId, at: closedAt });
    await db.insert(ticketEvents).values(events);
    if (thread.length) await db.insert(messages).values(thread);
    if (resolvedAt && input.contactByClient.has(clientId) && i % 2 === 0) {
      await db.insert(ratings).values({
        ticketId: id,
        stars: faker.helpers.weightedArrayElement([
          { weight: 5, value: 5 },
          { weight: 4, value: 4 },
          { weight: 2, value: 3 },
          { weight: 1, value: 2 },
          { weight: 1, value: 1 },
        ]),
        comment: faker.helpers.arrayElement(CLOSING_COMMENTS),
        raterId: requesterId,
        agentId: assigneeId,
        createdAt: closedAt ?? resolvedAt,
        updatedAt: closedAt ?? resolvedAt,
      });
    }
  }
  return count;
}
