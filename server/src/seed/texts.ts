/**
 * French texts of the demo data: believable support problems with the discussion they lead to,
 * and the pools replies, notes and ratings are drawn from. Each problem tells two stories: the
 * subject, description, question, answer and fix of the same index go together. Placeholders `{n}`, `{jour}`,
 * `{heure}`, `{collegue}`, `{poste}` and `{num}` are filled in when a ticket is written.
 */

export type SampleFileKind = 'screenshot' | 'pdf' | 'log';

export interface Problem {
  subjects: string[];
  /** What the client writes when opening the ticket. */
  descriptions: string[];
  /** The agent's first reply: a question, a first step. */
  asks: string[];
  /** The client's answer to it. */
  answers: string[];
  /** The agent's message when it is solved. */
  fixes: string[];
  /** The client when it comes back after the resolution. */
  relapse?: string;
  /** An internal note an agent might leave. */
  note?: string;
  /** What the client typically attaches. */
  file?: SampleFileKind;
  priority: 'low' | 'normal' | 'high';
  /** A request (an account, an order, a move) rather than an incident: it does not « come back ». */
  request?: true;
  /** Typical minutes of work (scales the time logged). */
  effort: number;
}

export const PROBLEMS: Problem[] = [
  {
    subjects: ['Imprimante du service compta hors ligne', "L'imprimante du {poste} n'imprime plus"],
    descriptions: [
      "Depuis ce matin l'imprimante du 2e étage n'apparaît plus sur le réseau. Nous avons déjà essayé de la redémarrer, sans succès.",
      "Plus personne au {poste} ne peut imprimer : les documents restent bloqués dans la file d'attente avec le statut « Erreur ». C'est assez urgent, nous avons des factures à sortir.",
    ],
    asks: [
      "Je vois que l'imprimante ne répond plus depuis {heure}. Pouvez-vous vérifier que le câble réseau est bien branché et me lire l'adresse IP affichée dans le menu Réseau de l'imprimante ?",
      "Pouvez-vous m'envoyer une capture de la file d'attente d'impression sur un des postes concernés ?",
    ],
    answers: ["Le câble est bien branché. L'écran affiche « Adresse IP non attribuée ».", 'Voici la capture : tous les documents sont en « Erreur - impression ».'],
    fixes: [
      "L'imprimante avait perdu son adresse fixe après la coupure de courant de {jour}. Je lui ai réattribué son adresse et relancé la file d'attente : les documents en attente sont sortis.",
      "Le pilote s'était mis à jour sur le serveur d'impression et ne correspondait plus au modèle. J'ai réinstallé la bonne version, l'impression fonctionne de nouveau sur tous les postes.",
    ],
    relapse: "L'imprimante a de nouveau disparu ce matin, même symptôme que la dernière fois.",
    note: "Imprimante hors contrat de maintenance matériel : si c'est la carte réseau, prévoir un devis.",
    file: 'screenshot',
    priority: 'normal',
    effort: 30,
  },
  {
    subjects: ['Impossible de se connecter au VPN', 'VPN : échec de l\'authentification en télétravail'],
    descriptions: [
      "Le client VPN affiche « échec de l'authentification » pour {n} collaborateurs en télétravail depuis ce matin.",
      "Je n'arrive plus à me connecter au VPN depuis chez moi : le message dit « identifiants incorrects » alors que je n'ai pas changé mon mot de passe. J'ai une réunion client à {heure} et j'ai besoin de mes fichiers.",
    ],
    asks: [
      "Pouvez-vous me confirmer la version du client VPN installée (menu Aide > À propos) et me faire une capture du message d'erreur ?",
      "Est-ce que la connexion fonctionne depuis un autre réseau, par exemple en partage de connexion avec votre téléphone ?",
    ],
    answers: ["Version 7.2.4. Je vous joins la capture.", "Avec le partage de connexion du téléphone c'est pareil, même message."],
    fixes: [
      'Les certificats des comptes concernés arrivaient à échéance. Je les ai renouvelés : il suffit de fermer le client VPN et de le relancer pour se reconnecter.',
      "Le mot de passe du compte avait expiré, ce qui bloquait l'authentification VPN. Je l'ai réinitialisé et vous ai envoyé le mot de passe provisoire par SMS.",
    ],
    relapse: 'Deux collègues sur trois arrivent à se connecter, mais {collegue} a toujours le même message.',
    file: 'screenshot',
    priority: 'high',
    effort: 35,
  },
  {
    subjects: ['Nos devis partent sans pièce jointe', 'Messagerie : mails avec pièce jointe refusés'],
    descriptions: [
      'Nos clients ne reçoivent plus nos devis en PDF : les mails arrivent mais sans la pièce jointe.',
      "Depuis {jour}, quand j'envoie un mail avec un fichier de plus de 10 Mo, il revient avec un message d'erreur en anglais.",
    ],
    asks: ["Pouvez-vous me transférer un des messages d'erreur reçus en retour, avec l'en-tête complet ?", 'Quelle est la taille approximative des fichiers que vous envoyez ?'],
    answers: ['Je vous transfère le message. Les fichiers font entre 12 et 18 Mo.', 'Ce sont des plans en PDF, autour de 15 Mo chacun.'],
    fixes: [
      "La taille maximale des pièces jointes avait été réduite à 10 Mo par une mise à jour de la passerelle. Je l'ai rétablie à 25 Mo, vous pouvez renvoyer vos devis.",
      "Votre messagerie limite les messages à 10 Mo. Pour vos plans, je vous ai créé un espace de partage : clic droit > Partager, puis envoyez le lien au client. La procédure est en pièce jointe.",
    ],
    file: 'pdf',
    priority: 'normal',
    effort: 25,
  },
  {
    subjects: ['Lenteurs sur le logiciel de caisse', 'Caisse très lente aux heures de pointe'],
    descriptions: [
      "Chaque encaissement prend plus de 30 secondes depuis lundi, la file d'attente s'allonge en magasin.",
      "Le logiciel de caisse se fige plusieurs secondes à chaque scan d'article, surtout entre midi et deux. Les clients s'impatientent.",
    ],
    asks: ['Est-ce que les deux caisses sont concernées, ou seulement la caisse principale ?', "Pouvez-vous me donner l'heure exacte du dernier ralentissement important ?"],
    answers: ['Les deux caisses, mais la caisse 1 est pire.', "Aujourd'hui vers {heure}, pendant environ dix minutes."],
    fixes: [
      'La base locale était saturée par trois ans de journaux. Nous avons lancé une maintenance ce soir après la fermeture : les encaissements prennent de nouveau deux à trois secondes.',
      "L'antivirus analysait la base de la caisse à chaque écriture. J'ai ajouté une exclusion pour le dossier du logiciel, les temps de réponse sont revenus à la normale.",
    ],
    relapse: "C'était mieux pendant trois jours mais les lenteurs reviennent le samedi.",
    note: 'Voir avec l\'éditeur si la purge automatique des journaux peut être activée.',
    priority: 'high',
    effort: 60,
  },
  {
    request: true,
    subjects: ['Création de compte pour une nouvelle recrue', "Arrivée d'un stagiaire : poste et compte à préparer"],
    descriptions: [
      "{collegue} arrive lundi au {poste} : il lui faut une adresse mail, un accès au partage commun et au logiciel de gestion.",
      "Nous accueillons un stagiaire pour six mois à partir du {jour} {n}. Pouvez-vous lui préparer un poste et un compte ?",
    ],
    asks: ['Faut-il lui donner les mêmes droits qu\'un autre collaborateur du service ? Si oui, lequel ?', 'Avez-vous déjà un ordinateur pour cette personne, ou faut-il en préparer un ?'],
    answers: ['Les mêmes droits que les autres personnes du service, sauf la paie.', 'Oui, il récupère le portable de la personne partie en mars.'],
    fixes: [
      'Le compte est créé, avec la messagerie et les accès au partage du service. Le mot de passe provisoire vous a été envoyé par SMS : il devra le changer à la première connexion.',
      "Le poste est prêt et les comptes créés. J'ai joint la fiche d'accueil informatique à remettre à la personne le premier jour.",
    ],
    file: 'pdf',
    priority: 'low',
    effort: 45,
  },
  {
    subjects: ['Sauvegarde nocturne en échec', 'Rapport de sauvegarde en erreur depuis {n} nuits'],
    descriptions: [
      'Le rapport de sauvegarde indique un échec depuis trois nuits sur le serveur de fichiers.',
      "Nous recevons chaque matin un mail « Backup failed ». Je joins le journal d'hier soir.",
    ],
    asks: ["Pouvez-vous me transférer le dernier rapport complet ? Je regarde en parallèle l'état du NAS de sauvegarde.", 'Le disque USB de rotation a-t-il été changé cette semaine ?'],
    answers: ["Je vous joins le journal. Le disque n'a pas été changé depuis {jour} dernier.", 'Oui, {collegue} a mis le disque de la semaine B lundi.'],
    fixes: [
      'Le disque de destination était plein. Nous avons purgé les sauvegardes de plus de 90 jours et ajusté la rétention : la sauvegarde de cette nuit est bien passée.',
      "Le nouveau disque n'était pas formaté pour la sauvegarde. Je l'ai préparé à distance et relancé une sauvegarde complète, terminée sans erreur.",
    ],
    note: 'Penser à proposer au client une sauvegarde externalisée, deux incidents de ce type cette année.',
    file: 'log',
    priority: 'high',
    effort: 40,
  },
  {
    subjects: ["Écran qui clignote au poste d'accueil", 'Écran noir par intermittence'],
    descriptions: [
      "L'écran du poste d'accueil clignote par intermittence, surtout en début de matinée.",
      "Mon deuxième écran s'éteint quelques secondes toutes les cinq minutes. C'est très gênant pour travailler.",
    ],
    asks: ['Est-ce que le problème persiste si vous débranchez puis rebranchez le câble vidéo côté écran ?', "Pouvez-vous essayer de brancher l'écran sur l'autre prise de la station d'accueil ?"],
    answers: ["J'ai rebranché le câble, ça a tenu une heure puis ça a recommencé.", "Sur l'autre prise ça a l'air d'aller pour l'instant."],
    fixes: [
      'Il s\'agissait du câble HDMI, abîmé au niveau du connecteur. Le technicien l\'a remplacé ce matin lors de son passage.',
      "J'ai mis à jour le pilote graphique et le micrologiciel de la station d'accueil : plus de coupure depuis hier d'après {collegue}.",
    ],
    relapse: "Le clignotement a repris aujourd'hui, moins souvent mais quand même.",
    priority: 'low',
    effort: 25,
  },
  {
    subjects: ['Licence Office expirée', 'Message « produit sans licence » sur Word et Excel'],
    descriptions: [
      "Un message indique que la licence Office a expiré sur {n} postes du bureau d'études.",
      'Word passe en lecture seule avec un bandeau rouge « Produit sans licence ». Impossible de modifier nos documents.',
    ],
    asks: ['Pouvez-vous me donner les noms des postes concernés (étiquette collée sous le portable) ?', 'Avec quel compte êtes-vous connecté dans Word (Fichier > Compte) ?'],
    answers: ['PC-BE-03, PC-BE-05 et le portable de {collegue}.', "C'est mon adresse habituelle, je vous joins la capture."],
    fixes: [
      "Les licences ont été réattribuées depuis la console d'administration : il suffit de fermer et rouvrir Word, puis de se reconnecter si on vous le demande.",
      "Votre abonnement avait été renouvelé avec un nombre de licences inférieur. J'ai ajouté les licences manquantes après accord de {collegue}, tout est rentré dans l'ordre.",
    ],
    file: 'screenshot',
    priority: 'normal',
    effort: 20,
  },
  {
    subjects: ['Wi-Fi instable en salle de réunion', 'Coupures Wi-Fi pendant les visioconférences'],
    descriptions: [
      'Les visiteurs perdent la connexion Wi-Fi toutes les dix minutes dans la grande salle.',
      'Pendant nos réunions en visio, la connexion Wi-Fi coupe plusieurs fois par heure. Le filaire fonctionne bien.',
    ],
    asks: ['Cela concerne-t-il le réseau invités, le réseau interne, ou les deux ?', 'Combien de personnes sont connectées en même temps lors des coupures, à peu près ?'],
    answers: ["Surtout le réseau invités, mais {collegue} a aussi eu le problème sur l'interne.", 'Une quinzaine de personnes pendant le comité de {jour}.'],
    fixes: [
      'La borne de la salle était sur le même canal que celle de vos voisins. Nous avons changé de canal et réduit la puissance de la borne du couloir.',
      "La borne saturait au-delà de douze appareils. Nous l'avons remplacée par un modèle plus récent ; la réunion de ce matin s'est déroulée sans coupure d'après vos collègues.",
    ],
    priority: 'normal',
    effort: 50,
  },
  {
    subjects: ["Erreur à l'export comptable", 'Export des écritures vers le cabinet impossible'],
    descriptions: [
      "L'export des écritures vers le cabinet comptable s'arrête avec « format de date invalide ».",
      "Nous devons envoyer les écritures du mois au cabinet avant le {n} et l'export plante à 40 %.",
    ],
    asks: ["Sur quelle période lancez-vous l'export ? Pouvez-vous me joindre une capture du message ?", "Est-ce que l'export fonctionne si vous le lancez sur une seule journée ?"],
    answers: ['Sur le mois dernier complet. Je vous joins la capture du message.', "Oui, sur une seule journée ça passe. C'est sur le mois complet que ça bloque."],
    fixes: [
      "Un correctif de l'éditeur était disponible pour ce problème de date, nous l'avons installé. L'export complet du mois passe maintenant.",
      "Une écriture saisie avec une date au 31 avril bloquait l'export. Je l'ai corrigée avec {collegue}, l'export est parti au cabinet.",
    ],
    relapse: "L'export passe, mais il manque le journal des ventes dans le fichier.",
    file: 'screenshot',
    priority: 'high',
    effort: 45,
  },
  {
    subjects: ['Compte bloqué après plusieurs essais', 'Mot de passe expiré après un congé'],
    descriptions: [
      "Mon compte Windows est bloqué depuis ce matin, j'ai dû me tromper de mot de passe trop de fois.",
      "{collegue} revient de congé et son mot de passe a expiré : impossible d'ouvrir une session.",
    ],
    asks: ['Pouvez-vous me confirmer votre identifiant de connexion ? Je vous rappelle au numéro du standard pour vérifier votre identité.', "Est-ce que la personne est sur place ou en télétravail aujourd'hui ?"],
    answers: ["Mon identifiant est celui d'habitude, je suis à mon bureau : vous pouvez me rappeler au standard.", "Sur place, au {poste}. Vous pouvez l'appeler sur le poste {n}2."],
    fixes: [
      "Le compte était verrouillé par un ancien téléphone qui essayait toujours de synchroniser la messagerie avec l'ancien mot de passe. J'ai supprimé l'appareil et débloqué le compte.",
      "J'ai débloqué le compte et défini un mot de passe provisoire, communiqué par téléphone. Il faudra le changer à la prochaine ouverture de session.",
    ],
    relapse: 'Le compte est de nouveau bloqué ce matin.',
    note: 'Verrouillages répétés : ancien smartphone encore configuré avec le compte.',
    priority: 'high',
    effort: 15,
  },
  {
    subjects: ['Boîte mail pleine', 'La boîte contact@ ne reçoit plus de messages'],
    descriptions: [
      "Je reçois un avertissement : ma boîte aux lettres est pleine et je ne peux plus envoyer de messages.",
      "La boîte contact@ ne reçoit plus rien depuis {jour}, les clients nous disent que leurs mails reviennent.",
    ],
    asks: ["Souhaitez-vous que j'active l'archivage automatique des messages de plus de deux ans ?", "Pouvez-vous me dire depuis quand la boîte n'a pas été triée ? Je regarde sa taille de mon côté."],
    answers: ["Oui, allez-y pour l'archivage.", 'Honnêtement jamais, elle est partagée entre quatre personnes.'],
    fixes: [
      "J'ai activé l'archivage en ligne : les messages de plus de deux ans sont déplacés dans le dossier « Archive ». La boîte est revenue à 40 % de sa capacité.",
      "Nous avons augmenté le quota de la boîte partagée et mis en place une règle qui range les notifications automatiques. Les messages arrivent de nouveau.",
    ],
    priority: 'normal',
    effort: 20,
  },
  {
    subjects: ['Mail suspect reçu : hameçonnage ?', "J'ai cliqué sur un lien bizarre"],
    descriptions: [
      "Plusieurs collègues ont reçu un mail soi-disant de notre banque demandant de confirmer nos identifiants. Est-ce une arnaque ?",
      "J'ai cliqué sur un lien dans un mail qui ressemblait à une facture d'un fournisseur, et j'ai saisi mon mot de passe avant de me rendre compte que l'adresse était étrange.",
    ],
    asks: ["Ne cliquez sur rien et transférez-moi le message en pièce jointe. Avez-vous saisi des identifiants sur la page ouverte ?", 'Je bloque par précaution les connexions depuis l\'étranger sur votre compte. Pouvez-vous changer votre mot de passe dès maintenant ?'],
    answers: ["Je vous l'ai transféré. Non, personne n'a rien saisi à ma connaissance.", "C'est fait, j'ai changé mon mot de passe."],
    fixes: [
      "Il s'agissait bien d'une tentative d'hameçonnage. Le message a été supprimé de toutes les boîtes et l'expéditeur bloqué. Aucune connexion suspecte sur vos comptes.",
      "Le mot de passe a été changé et les sessions ouvertes révoquées. J'ai vérifié les connexions des dernières 48 heures : rien d'anormal. Je vous conseille d'activer la double authentification, je peux vous y aider.",
    ],
    note: 'Vérifier les règles de transfert de la boîte : rien de suspect trouvé.',
    priority: 'high',
    effort: 40,
  },
  {
    subjects: ['Mon ordinateur met dix minutes à démarrer', "Le PC du {poste} rame énormément"],
    descriptions: [
      "Mon ordinateur met plus de dix minutes à démarrer le matin et les applications se figent souvent.",
      "Le PC du {poste} rame énormément depuis quelques semaines, même pour ouvrir un fichier Excel.",
    ],
    asks: ['Pouvez-vous laisser le poste allumé ce soir ? Je me connecte à distance pour un diagnostic.', "Combien de temps environ l'ordinateur met-il à afficher le bureau après l'écran de connexion ?"],
    answers: ['Le poste reste allumé, vous pouvez vous connecter quand vous voulez.', 'Environ cinq minutes, avec le disque qui tourne en permanence.'],
    fixes: [
      "Le disque dur montrait des signes de fatigue. Nous avons cloné le système sur un SSD : le démarrage prend maintenant moins d'une minute.",
      "Une dizaine de logiciels se lançaient au démarrage, dont deux barres d'outils indésirables. J'ai fait le ménage et mis à jour le système ; le poste est beaucoup plus réactif.",
    ],
    relapse: "C'est de nouveau lent depuis la mise à jour de {jour}.",
    priority: 'low',
    effort: 55,
  },
  {
    subjects: ['Téléphone fixe sans tonalité', 'Standard téléphonique : plus d\'appels entrants'],
    descriptions: [
      "Le téléphone du {poste} n'a plus de tonalité depuis ce matin. L'écran affiche « Enregistrement… ».",
      'Nos clients tombent sur un message « numéro non attribué » quand ils appellent le standard.',
    ],
    asks: ['Pouvez-vous débrancher le téléphone du réseau une minute puis le rebrancher, et me dire ce qu\'affiche l\'écran ?', "Est-ce que les appels sortants fonctionnent, eux ?"],
    answers: ["J'ai débranché et rebranché, il affiche toujours « Enregistrement… ».", 'Oui, on peut appeler vers l\'extérieur.'],
    fixes: [
      "Le téléphone avait perdu sa configuration après une coupure. Je l'ai réenregistré sur le standard, la tonalité est revenue.",
      "L'opérateur avait appliqué une maintenance sur votre ligne SIP sans préavis. Après notre appel, le routage des appels entrants a été rétabli.",
    ],
    note: "Ticket ouvert chez l'opérateur, référence dans l'historique de l'appel.",
    priority: 'high',
    effort: 35,
  },
  {
    subjects: ['Le scanner n\'envoie plus les numérisations par mail', 'Numérisation vers mail en erreur'],
    descriptions: [
      "Le copieur multifonction n'envoie plus les scans par mail. Il affiche « Erreur de connexion au serveur SMTP ».",
      "Quand on scanne un document vers notre adresse, rien n'arrive. Ça marchait encore la semaine dernière.",
    ],
    asks: ["Pouvez-vous m'envoyer une photo de l'écran du copieur au moment de l'erreur ?", 'Avez-vous changé le mot de passe de la boîte utilisée par le copieur récemment ?'],
    answers: ['Photo en pièce jointe.', "{collegue} a changé le mot de passe de la boîte scanner lundi, oui."],
    fixes: [
      "Votre messagerie refuse désormais l'authentification simple. J'ai configuré un relais d'envoi pour le copieur : les scans partent vers toutes les adresses internes.",
      "Le copieur utilisait encore l'ancien mot de passe de la boîte d'envoi. J'ai mis à jour la configuration du carnet SMTP, les numérisations arrivent de nouveau.",
    ],
    file: 'screenshot',
    priority: 'normal',
    effort: 30,
  },
  {
    subjects: ['Lecteur réseau Z: inaccessible', "Plus d'accès au dossier partagé"],
    descriptions: [
      "Le lecteur Z: affiche une croix rouge sur plusieurs postes et on ne peut plus ouvrir nos dossiers clients.",
      "Depuis ce matin, j'ai le message « Accès refusé » en ouvrant le dossier Commercial sur le serveur.",
    ],
    asks: ['Est-ce que tous les postes sont concernés, ou seulement certains ?', "Pouvez-vous me dire le chemin exact du dossier qui vous est refusé ?"],
    answers: ['Seulement les portables, les fixes marchent.', 'Z:\\Commercial\\Devis 2025, les autres dossiers s\'ouvrent.'],
    fixes: [
      "Les portables ne trouvaient plus le serveur par son nom après le changement de box. J'ai corrigé la configuration DNS, le lecteur Z: se reconnecte tout seul.",
      "Les droits du dossier avaient été modifiés par erreur lors d'un déplacement. Je les ai rétablis à partir de la sauvegarde des permissions d'hier.",
    ],
    priority: 'high',
    effort: 35,
  },
  {
    subjects: ['Certificat de sécurité expiré sur notre site', 'Site internet inaccessible'],
    descriptions: [
      "Notre site affiche « Votre connexion n'est pas privée » depuis ce matin. Des clients nous appellent, inquiets.",
      "Le site vitrine ne s'affiche plus du tout, on a une page blanche avec une erreur 500.",
    ],
    asks: ['Je regarde immédiatement. Avez-vous reçu un mail de votre hébergeur ces derniers jours ?', "Une modification a-t-elle été faite sur le site récemment, une extension ajoutée par exemple ?"],
    answers: ["Pas à ma connaissance, mais c'est {collegue} qui reçoit ces mails.", "{collegue} a installé une extension de formulaire hier soir."],
    fixes: [
      "Le certificat n'avait pas été renouvelé automatiquement. C'est fait, et j'ai corrigé la tâche de renouvellement pour que cela ne se reproduise pas.",
      "L'extension installée hier était incompatible avec la version du site. Je l'ai désactivée : le site est de nouveau en ligne.",
    ],
    priority: 'high',
    effort: 45,
  },
  {
    subjects: ['Mise à jour Windows bloquée à 35 %', 'Le PC redémarre en boucle après une mise à jour'],
    descriptions: [
      "Mon ordinateur est bloqué sur « Mise à jour en cours 35 % » depuis hier soir.",
      "Le portable de {collegue} redémarre en boucle depuis la mise à jour de cette nuit.",
    ],
    asks: ["Pouvez-vous maintenir le bouton d'alimentation dix secondes, rallumer, et me dire ce qui s'affiche ?", 'Pouvez-vous nous déposer le portable à l\'agence ou préférez-vous un passage sur site ?'],
    answers: ["Il affiche « Annulation des modifications », puis redémarre.", 'Un passage sur site nous arrangerait, {jour} matin si possible.'],
    fixes: [
      "J'ai démarré le poste en mode de récupération et désinstallé la mise à jour défectueuse. Le poste démarre normalement ; la mise à jour corrigée sera déployée la semaine prochaine.",
      "La mise à jour s'est terminée après une réparation du système. Vos fichiers sont intacts, le poste est de nouveau utilisable.",
    ],
    priority: 'normal',
    effort: 60,
  },
  {
    request: true,
    subjects: ["Départ d'un salarié : désactivation des accès", "Départ d'un salarié en fin de mois"],
    descriptions: [
      "{collegue} quitte l'entreprise vendredi. Il faut désactiver ses accès et transférer ses mails à son responsable.",
      'Un salarié nous quitte en fin de mois. Que faut-il prévoir pour ses comptes et son ordinateur ?',
    ],
    asks: ['À partir de quelle date et heure exactes faut-il couper les accès ? Et à qui faut-il transférer ses mails ?', "Faut-il conserver le contenu de sa boîte mail ? Si oui, pendant combien de temps ?"],
    answers: ['Vendredi à 18 h, et les mails vers son responsable de service.', 'Oui, un an, son remplaçant en aura besoin.'],
    fixes: [
      "Les accès sont désactivés depuis vendredi 18 h. Sa boîte est convertie en boîte partagée, accessible à son responsable, et un message d'absence indique le nouveau contact.",
      "Le compte est désactivé, les fichiers de son poste archivés sur le serveur et le portable réinitialisé pour un futur collaborateur.",
    ],
    priority: 'low',
    effort: 40,
  },
  {
    request: true,
    subjects: ["Commande d'un ordinateur portable", 'Demande de devis pour deux postes'],
    descriptions: [
      "Nous avons besoin d'un ordinateur portable pour un commercial qui arrive le mois prochain. Pouvez-vous nous faire une proposition ?",
      'Pouvez-vous nous envoyer un devis pour remplacer les deux PC les plus anciens de la comptabilité ?',
    ],
    asks: ["Quel usage principal ? Bureautique, logiciels de dessin, déplacements fréquents ?", 'Souhaitez-vous conserver le même écran et le même clavier, ou un ensemble complet ?'],
    answers: ['Bureautique et beaucoup de déplacements, il faut quelque chose de léger.', 'Ensemble complet, les écrans ont dix ans.'],
    fixes: [
      'Voici le devis en pièce jointe, avec la préparation et le transfert des données inclus. Dès votre accord, la livraison prend environ une semaine.',
      "Le matériel commandé est arrivé et a été installé ce matin. Les anciens postes ont été effacés et pourront être recyclés.",
    ],
    file: 'pdf',
    priority: 'low',
    effort: 30,
  },
  {
    subjects: ['Micro qui ne fonctionne pas en visio', 'Micro de la salle de réunion en panne'],
    descriptions: [
      "En visioconférence, personne ne m'entend alors que mon casque fonctionne sur mon téléphone.",
      'Le micro de la salle de réunion ne marche plus depuis le changement de câble.',
    ],
    asks: ['Dans les paramètres audio de la visio, quel micro est sélectionné ?', 'Le micro de la salle apparaît-il dans les paramètres de son du poste de la salle ?'],
    answers: ["Il y a « Réseau de microphones (Realtek) », je n'ai pas touché.", 'Il apparaît dans la liste, mais la barre de volume ne bouge pas quand on parle.'],
    fixes: [
      "Le micro intégré du portable était sélectionné à la place du casque. J'ai changé le périphérique par défaut et fait un appel de test avec vous : tout fonctionne.",
      "Le pilote du micro de la salle n'était plus reconnu après une mise à jour. Je l'ai réinstallé, l'appel de test de ce matin était parfait.",
    ],
    priority: 'normal',
    effort: 20,
  },
  {
    subjects: ['Agenda non synchronisé sur le téléphone', "Agenda partagé de l'équipe non synchronisé sur les mobiles"],
    descriptions: [
      "Les rendez-vous ajoutés sur mon ordinateur n'apparaissent plus sur mon téléphone professionnel.",
      "L'agenda partagé de l'équipe ne se met plus à jour sur les mobiles depuis {jour}.",
    ],
    asks: ["Quel modèle de téléphone utilisez-vous, et quelle application d'agenda ?", "Est-ce que les mails, eux, arrivent toujours sur le téléphone ?"],
    answers: ["Un iPhone, avec l'application Calendrier d'origine.", 'Oui, les mails arrivent normalement.'],
    fixes: [
      "Le compte sur le téléphone utilisait une ancienne méthode de connexion. Je l'ai reconfiguré avec l'application officielle : l'agenda est de nouveau synchronisé.",
      "L'agenda partagé avait atteint la limite d'éléments synchronisés. J'ai archivé les événements de plus de trois ans, la synchronisation a repris.",
    ],
    priority: 'low',
    effort: 20,
  },
  {
    subjects: ['Fichier Excel corrompu', 'Restaurer une version précédente d\'un fichier'],
    descriptions: [
      "Le fichier de suivi des commandes ne s'ouvre plus : Excel dit qu'il est endommagé. Nous en avons besoin pour la réunion de demain.",
      "J'ai écrasé par erreur le planning de {jour} avec une ancienne version. Est-il possible de récupérer celle d'hier soir ?",
    ],
    asks: ['Pouvez-vous me donner le chemin complet du fichier et l\'heure approximative de la dernière version correcte ?', "Le fichier est-il sur le serveur ou sur votre bureau ?"],
    answers: ['Z:\\Direction\\Suivi commandes.xlsx, il marchait hier à 17 h.', 'Sur le serveur, dans le dossier Planning.'],
    fixes: [
      "J'ai restauré la version d'hier 18 h depuis les clichés du serveur. Le fichier s'ouvre correctement ; j'ai laissé la version endommagée à côté, renommée « abîmée ».",
      'La version précédente a été restaurée à partir de la sauvegarde de la nuit. Seules les modifications faites ce matin sont à ressaisir.',
    ],
    priority: 'high',
    effort: 25,
  },
  {
    subjects: ['Logiciel de paie : licence introuvable', 'Accès refusé au logiciel de paie'],
    descriptions: [
      "Le logiciel de paie affiche « licence introuvable » au lancement. Les bulletins doivent partir le {n}.",
      "{collegue} n'a plus accès au module de paie depuis le changement de son poste.",
    ],
    asks: ["Pouvez-vous me faire une capture du message complet ? Je contacte l'éditeur en parallèle.", "Sur quel poste le logiciel était-il installé auparavant ?"],
    answers: ['Voici la capture.', "Sur l'ancien PC de {collegue}, qui a été rendu la semaine dernière."],
    fixes: [
      "Le service de licences ne démarrait plus sur le serveur après un redémarrage. Je l'ai relancé et configuré en démarrage automatique.",
      "La licence était attachée à l'ancien poste. L'éditeur l'a libérée et je l'ai réactivée sur le nouveau : le logiciel de paie s'ouvre normalement.",
    ],
    note: 'Éditeur contacté, délai annoncé : 24 h ouvrées.',
    file: 'screenshot',
    priority: 'high',
    effort: 40,
  },
  {
    subjects: ['Terminal de paiement déconnecté', 'Le TPE ne communique plus avec la caisse'],
    descriptions: [
      'Le terminal de paiement affiche « Échec de connexion » et les paiements par carte sont refusés.',
      "Le TPE ne reçoit plus le montant depuis la caisse, on doit tout saisir à la main.",
    ],
    asks: ['Le terminal est-il relié en Wi-Fi ou par câble ? Pouvez-vous le redémarrer en le débranchant trente secondes ?', "Avez-vous changé quelque chose sur la box internet récemment ?"],
    answers: ["En Wi-Fi. Je l'ai redémarré, même problème.", "L'opérateur est passé changer la box {jour}."],
    fixes: [
      "La borne Wi-Fi du magasin avait placé le terminal sur le réseau invités, d'où il ne joignait plus le serveur de paiement. Je l'ai remis sur le réseau interne : les paiements passent.",
      "Le port utilisé par la liaison caisse–TPE était fermé sur la nouvelle box. Je l'ai rouvert, le montant arrive de nouveau sur le terminal.",
    ],
    priority: 'high',
    effort: 30,
  },
  {
    subjects: ["Alerte de l'antivirus sur une clé USB", 'Virus détecté, que faire ?'],
    descriptions: [
      "L'antivirus a affiché une alerte rouge quand j'ai branché la clé USB d'un client.",
      "Un message « menace détectée et mise en quarantaine » apparaît sur le poste de {collegue}.",
    ],
    asks: ["Avez-vous ouvert des fichiers de la clé après l'alerte ? Laissez-la débranchée pour le moment.", "Pouvez-vous me donner le nom de la menace indiqué dans l'alerte ?"],
    answers: ["Non, je l'ai retirée tout de suite.", "Le nom commence par Trojan, je vous joins la capture."],
    fixes: [
      "L'antivirus a bien bloqué la menace avant son exécution. J'ai lancé une analyse complète du poste : rien d'autre n'a été trouvé. Vous pouvez reprendre normalement.",
      "Le fichier a été neutralisé. Par précaution, l'analyse complète a tourné cette nuit sur tous les postes : aucun autre élément suspect.",
    ],
    file: 'screenshot',
    priority: 'normal',
    effort: 30,
  },
  {
    subjects: ['Nos mails arrivent en indésirables chez nos clients', 'Problème de délivrabilité des mails'],
    descriptions: [
      "Plusieurs clients nous disent que nos mails arrivent dans leurs courriers indésirables depuis un mois.",
      "Un gros client ne reçoit plus du tout nos factures par mail.",
    ],
    asks: ["Pouvez-vous demander au client un exemple de message reçu avec son en-tête complet ?", 'Avez-vous changé de prestataire pour vos envois de newsletters récemment ?'],
    answers: ['Je vous transfère ce que le client nous a envoyé.', "Oui, nous utilisons un nouvel outil de newsletter depuis {jour}."],
    fixes: [
      "Votre domaine n'avait pas de signature DKIM et son enregistrement SPF était incomplet. J'ai corrigé les deux : vos messages passent désormais les contrôles des messageries de vos clients.",
      "Votre adresse d'envoi était sur une liste de blocage après l'envoi massif de {jour}. La demande de retrait est acceptée, les factures arrivent de nouveau.",
    ],
    priority: 'normal',
    effort: 50,
  },
  {
    subjects: ["L'onduleur du serveur bipe", 'Coupure de courant : le serveur ne redémarre pas'],
    descriptions: [
      "L'onduleur dans le local technique émet un bip toutes les trente secondes.",
      "Après la coupure de courant de cette nuit, le serveur ne s'est pas rallumé. Plus personne n'a accès aux fichiers.",
    ],
    asks: ["Quel voyant est allumé sur la façade de l'onduleur ? Une photo m'aiderait.", 'Pouvez-vous appuyer une fois sur le bouton du serveur et me dire si les ventilateurs démarrent ?'],
    answers: ['Le voyant « batterie » est rouge. Photo jointe.', 'Les ventilateurs démarrent mais rien ne s\'affiche.'],
    fixes: [
      "La batterie de l'onduleur était en fin de vie. Nous l'avons remplacée ce matin ; l'autonomie est de nouveau de vingt minutes.",
      "Le serveur attendait une confirmation au démarrage après la coupure. Il est reparti, les contrôles de disques sont bons. J'ai configuré l'onduleur pour qu'il l'arrête proprement la prochaine fois.",
    ],
    note: "Batterie commandée, livraison prévue demain. Intervention sur site à planifier.",
    file: 'screenshot',
    priority: 'high',
    effort: 90,
  },
  {
    request: true,
    subjects: ["Installation du logiciel de DAO", 'Installer le lecteur de plans et le module de chiffrage'],
    descriptions: [
      "J'aurais besoin du logiciel de dessin sur mon poste pour le nouveau projet. Pouvez-vous l'installer ?",
      "Pouvez-vous installer le lecteur de plans et le module de chiffrage sur le poste de {collegue} ?",
    ],
    asks: ["Avez-vous une licence disponible pour ce logiciel, ou faut-il en commander une ?", 'Quand le poste sera-t-il disponible pour l\'installation ? Comptez environ une heure.'],
    answers: ['Il nous reste une licence inutilisée, celle de {collegue}.', "{jour} après-midi, le poste sera libre."],
    fixes: [
      "Le logiciel est installé et activé avec la licence disponible. J'ai aussi importé vos bibliothèques de symboles depuis le serveur.",
      "L'installation est terminée. Au premier lancement, le logiciel demandera de choisir un modèle : prenez « Standard entreprise ».",
    ],
    priority: 'low',
    effort: 60,
  },
  {
    subjects: ['Code de vérification impossible à recevoir', 'Double authentification : téléphone perdu'],
    descriptions: [
      "J'ai changé de téléphone et je ne reçois plus les codes de validation pour me connecter à la messagerie.",
      "{collegue} a perdu son téléphone professionnel ce week-end et ne peut plus se connecter.",
    ],
    asks: ["Pour vérifier votre identité, je vous rappelle sur le numéro du standard. Êtes-vous disponible dans dix minutes ?", "Faut-il aussi bloquer la ligne du téléphone perdu auprès de l'opérateur ?"],
    answers: ["Oui, je suis à mon bureau.", "Oui s'il vous plaît, c'est un téléphone de l'entreprise."],
    fixes: [
      "J'ai réinitialisé vos méthodes d'authentification. À la prochaine connexion, l'assistant vous demandera d'enregistrer votre nouveau téléphone.",
      "Le téléphone perdu est bloqué et effacé à distance, les sessions ont été révoquées. Un nouvel appareil est prêt à être retiré à l'agence.",
    ],
    priority: 'high',
    effort: 25,
  },
  {
    subjects: ['Conflits de synchronisation des fichiers', 'Fichiers en double « conflit » dans le partage'],
    descriptions: [
      "Des fichiers apparaissent en double avec le nom de mon poste à la fin, et je ne sais pas lequel est le bon.",
      "Le dossier partagé du {poste} affiche des croix rouges et certains fichiers ne se synchronisent plus.",
    ],
    asks: ['Travaillez-vous à plusieurs en même temps sur les mêmes fichiers, hors connexion parfois ?', "Combien de fichiers sont concernés, à peu près ?"],
    answers: ['Oui, surtout sur le tableau des stocks.', 'Une cinquantaine, dans le dossier Clients.'],
    fixes: [
      "Les conflits venaient d'un poste qui n'avait pas synchronisé depuis trois semaines. J'ai fusionné les versions avec vous et remis la synchronisation en route.",
      "Un chemin de fichier trop long bloquait la synchronisation de tout le dossier. J'ai raccourci deux noms de sous-dossiers, tout est synchronisé.",
    ],
    priority: 'normal',
    effort: 35,
  },
  {
    subjects: ["L'imprimante d'étiquettes décale l'impression", 'Étiquettes d\'expédition mal imprimées'],
    descriptions: [
      "L'imprimante d'étiquettes de l'entrepôt imprime décalé : le code-barres est coupé et les transporteurs le refusent.",
      "Depuis le changement de rouleau, une étiquette sur deux sort blanche.",
    ],
    asks: ['Quel format de rouleau utilisez-vous ? Pouvez-vous me faire une photo d\'une étiquette ratée ?', "Avez-vous lancé l'étalonnage depuis le panneau de l'imprimante ?"],
    answers: ['Rouleau 100 x 150, photo jointe.', "Non, je ne savais pas qu'il fallait le faire."],
    fixes: [
      "Le nouveau rouleau a un espacement différent. J'ai lancé l'étalonnage et corrigé le format dans le pilote : les étiquettes sortent de nouveau bien cadrées.",
      "La tête d'impression était encrassée. Après nettoyage et étalonnage, les codes-barres sont lus sans problème.",
    ],
    file: 'screenshot',
    priority: 'high',
    effort: 30,
  },
  {
    subjects: ['Lecteur de codes-barres muet', 'La douchette ne lit plus rien'],
    descriptions: [
      "La douchette du poste de réception ne lit plus les codes-barres, elle s'allume mais rien ne s'affiche à l'écran.",
      'Les lecteurs de codes-barres du magasin ne fonctionnent plus depuis la mise à jour du logiciel.',
    ],
    asks: ["Pouvez-vous ouvrir le Bloc-notes et scanner un code-barres ? Est-ce que des chiffres s'écrivent ?", 'Le lecteur est-il branché en USB directement sur le PC ou sur un concentrateur ?'],
    answers: ["Dans le Bloc-notes ça écrit des chiffres, mais pas dans le logiciel.", 'Sur un concentrateur USB, derrière l\'écran.'],
    fixes: [
      "Le logiciel attendait le lecteur en mode port série depuis sa mise à jour. J'ai reconfiguré la douchette en scannant le code de paramétrage du fabricant.",
      "Le concentrateur USB n'était pas assez alimenté. Nous l'avons remplacé par un modèle avec alimentation : la douchette fonctionne.",
    ],
    priority: 'normal',
    effort: 25,
  },
  {
    request: true,
    subjects: ['Déménagement du bureau : câblage des postes', 'Préparer le réseau des nouveaux bureaux'],
    descriptions: [
      "Nous déménageons au 1er étage le {jour} {n}. Il faudrait prévoir le déplacement de six postes et de l'imprimante.",
      "Trois bureaux vont être réaménagés en open space. Pouvez-vous vérifier qu'il y a assez de prises réseau ?",
    ],
    asks: ["Pouvez-vous m'envoyer le plan des nouveaux bureaux avec l'emplacement de chaque poste ?", 'Le déménagement aura-t-il lieu un jour ouvré ou un samedi ?'],
    answers: ['Je vous joins le plan.', 'Un samedi, pour ne pas arrêter le service.'],
    fixes: [
      "Les six postes et l'imprimante ont été déplacés et testés. Deux prises supplémentaires ont été activées dans le local technique.",
      "Le câblage est vérifié : toutes les prises fonctionnent et sont étiquetées. Le plan mis à jour est joint.",
    ],
    file: 'pdf',
    priority: 'low',
    effort: 120,
  },
  {
    subjects: ['Récupérer un mail supprimé', "J'ai vidé la corbeille par erreur"],
    descriptions: [
      "J'ai supprimé par erreur un mail important d'un fournisseur la semaine dernière et vidé la corbeille.",
      "Tout un dossier de ma messagerie a disparu, je pense l'avoir glissé par mégarde.",
    ],
    asks: ["Vous rappelez-vous de l'expéditeur et de la date approximative du message ?", 'Comment s\'appelait le dossier, et que contenait-il ?'],
    answers: ["C'était {collegue}, vers le {n} du mois.", 'Le dossier « Appels d\'offres », avec toutes les réponses de l\'année.'],
    fixes: [
      "Le message a été récupéré depuis les éléments supprimés du serveur : il est de nouveau dans votre boîte de réception.",
      "Le dossier avait été glissé dans « Archives ». Je l'ai remis à sa place avec ses 214 messages.",
    ],
    priority: 'normal',
    effort: 15,
  },
  {
    request: true,
    subjects: ['Nom de domaine : avis d\'expiration', 'Renouvellement du nom de domaine'],
    descriptions: [
      "Nous avons reçu un mail disant que notre nom de domaine expire dans quinze jours. Est-ce une arnaque ?",
      "Le registraire nous demande de renouveler le domaine. Est-ce que c'est vous qui vous en occupez ?",
    ],
    asks: ["Pouvez-vous me transférer le mail reçu ? Je vérifie la date d'expiration réelle de votre domaine.", 'Savez-vous qui a enregistré le domaine à l\'origine ?'],
    answers: ['Je vous le transfère.', "C'était l'ancien gérant, je pense que c'est à son nom."],
    fixes: [
      "Le mail reçu était une fausse relance. Votre domaine est bien géré chez nous et expire dans dix mois ; j'ai activé le renouvellement automatique.",
      "Le domaine est renouvelé pour deux ans et le contact titulaire mis au nom de la société. La facture suivra avec la prochaine échéance.",
    ],
    priority: 'normal',
    effort: 20,
  },
  {
    subjects: ['Caméra de vidéosurveillance hors ligne', "L'enregistreur n'affiche plus une caméra"],
    descriptions: [
      "L'enregistreur de vidéosurveillance affiche « pas de signal » pour la caméra du parking.",
      "Une des caméras de l'entrepôt ne remonte plus d'image depuis l'orage de {jour}.",
    ],
    asks: ['Est-ce que la caméra a un voyant allumé ? Une photo de l\'écran de l\'enregistreur m\'aiderait.', "La caméra est-elle alimentée par le câble réseau ou par un bloc séparé ?"],
    answers: ["Pas de voyant. Je vous joins la photo de l'écran.", "Par le câble réseau, je crois."],
    fixes: [
      "La caméra était défectueuse et a été remplacée sous garantie. L'historique d'enregistrement des autres caméras n'a pas été affecté.",
      "Le port du commutateur qui alimentait la caméra avait grillé pendant l'orage. La caméra est rebranchée sur un autre port et enregistre de nouveau.",
    ],
    file: 'screenshot',
    priority: 'normal',
    effort: 45,
  },
  {
    subjects: ['Serveur de fichiers presque plein', 'Alerte espace disque sur le serveur'],
    descriptions: [
      "Nous recevons une alerte : il reste moins de 5 % d'espace sur le serveur de fichiers.",
      'Le serveur dit que le disque est plein et on ne peut plus enregistrer de documents.',
    ],
    asks: ["Savez-vous si des gros fichiers ont été ajoutés récemment, des vidéos par exemple ?", "Puis-je supprimer les anciens profils des salariés partis ? Je vous envoie la liste."],
    answers: ["{collegue} a copié les vidéos du salon professionnel.", 'Oui, vous pouvez supprimer ceux de la liste.'],
    fixes: [
      "Nous avons déplacé 300 Go de vidéos vers l'archive et supprimé les profils des anciens salariés. Il reste maintenant 45 % d'espace libre.",
      "Les profils des anciens salariés sont supprimés et j'ai étendu le volume sur le disque ajouté ce matin : il reste 1,2 To de libre, de quoi voir venir.",
    ],
    note: 'Proposer au client un quota par dossier pour éviter que ça se reproduise.',
    priority: 'high',
    effort: 50,
  },
  {
    subjects: ["Erreur 500 sur l'application de gestion", "L'application métier ne s'ouvre plus dans le navigateur"],
    descriptions: [
      "L'application de gestion des commandes affiche « Erreur 500 » quand on valide un bon de livraison.",
      "L'extranet de gestion reste sur une page blanche pour tout le monde depuis {heure}.",
    ],
    asks: ["Pouvez-vous me dire exactement quelles étapes mènent à l'erreur ? Une capture serait utile.", 'Est-ce que tous les utilisateurs sont concernés, ou seulement certains navigateurs ?'],
    answers: ['Quand on valide un bon de plus de 50 lignes, à chaque fois. Capture jointe.', 'Tout le monde, sur tous les navigateurs.'],
    fixes: [
      "L'éditeur a confirmé un défaut sur les bons de plus de 50 lignes et livré un correctif, installé ce midi. Vous pouvez valider vos bons.",
      "Le journal du serveur montrait une base de données saturée. Après l'avoir redémarrée et purgé les sessions expirées, l'application répond normalement.",
    ],
    file: 'log',
    priority: 'high',
    effort: 70,
  },
  {
    request: true,
    subjects: ['Configurer la messagerie sur un smartphone', 'Trois smartphones à paramétrer pour les techniciens'],
    descriptions: [
      "J'ai reçu mon nouveau téléphone professionnel, pouvez-vous m'aider à y installer la messagerie ?",
      'Nous avons acheté trois smartphones pour les techniciens. Il faut y mettre les mails et l\'agenda.',
    ],
    asks: ["Pouvez-vous installer l'application de messagerie depuis le magasin d'applications ? Je vous guide ensuite par téléphone.", "Les téléphones sont-ils déjà enregistrés dans la gestion de flotte ?"],
    answers: ["C'est installé, je suis disponible quand vous voulez.", 'Non, ils sortent juste des cartons.'],
    fixes: [
      "La messagerie est configurée sur votre téléphone, avec le code de verrouillage imposé par la politique de sécurité.",
      "Les téléphones sont enregistrés dans la gestion de flotte et la messagerie, l'agenda et les contacts sont configurés.",
    ],
    priority: 'low',
    effort: 30,
  },
  {
    request: true,
    subjects: ['Facture de maintenance : ligne incompréhensible', 'Demande de duplicata de facture'],
    descriptions: [
      "Sur la dernière facture, il y a une ligne « intervention hors contrat » que nous ne comprenons pas.",
      "Pouvez-vous nous renvoyer la facture du trimestre ? Notre comptable ne la retrouve pas.",
    ],
    asks: ['Pouvez-vous me donner le numéro de la facture concernée ?', "Souhaitez-vous la recevoir à une autre adresse que celle de d'habitude ?"],
    answers: ['La facture F-2025-{n}18.', "Oui, à l'adresse de la comptabilité directement."],
    fixes: [
      "Cette ligne correspond au déplacement du {jour} pour le câblage, hors périmètre du contrat. Le détail de l'intervention est en pièce jointe.",
      "Je vous ai renvoyé la facture en pièce jointe et mis à jour l'adresse de facturation dans notre CRM.",
    ],
    file: 'pdf',
    priority: 'low',
    effort: 15,
  },
  {
    subjects: ['La souris se fige toutes les deux minutes', 'Clavier sans fil hors service'],
    descriptions: [
      "Ma souris sans fil se fige régulièrement et le clavier rate des lettres.",
      "Le clavier sans fil de {collegue} ne répond plus du tout, même avec des piles neuves.",
    ],
    asks: ['Le récepteur USB est-il branché derrière l\'unité centrale ou sur un port en façade ?', "Avez-vous un autre clavier sous la main pour tester ?"],
    answers: ['Derrière, à côté de la prise de l\'écran.', 'Oui, celui de la salle de réunion fonctionne sur ce poste.'],
    fixes: [
      "Le récepteur était perturbé par la station d'accueil. Une rallonge USB pour le rapprocher a suffi, plus aucun décrochage.",
      "Le clavier était hors service. Nous en avons déposé un neuf ce matin, l'ancien est repris pour recyclage.",
    ],
    priority: 'low',
    effort: 10,
  },
  {
    subjects: ['Tablette de pointage de l\'atelier bloquée', "L'application de pointage ne s'ouvre plus"],
    descriptions: [
      "La tablette de pointage de l'atelier reste bloquée sur le logo de l'application.",
      "Les ouvriers ne peuvent plus pointer depuis ce matin, l'application affiche « serveur injoignable ».",
    ],
    asks: ['La tablette est-elle connectée au Wi-Fi de l\'atelier ? L\'icône apparaît-elle en haut de l\'écran ?', "Pouvez-vous noter les pointages sur papier en attendant ? Je regarde le serveur."],
    answers: ["L'icône Wi-Fi est là mais avec un point d'exclamation.", 'Oui, on a sorti la feuille de pointage papier.'],
    fixes: [
      "La tablette avait perdu la date et l'heure après une décharge complète, ce qui empêchait la connexion sécurisée. C'est corrigé, les pointages remontent.",
      "Le service de l'application était arrêté sur le serveur après une mise à jour. Il est relancé ; les pointages papier du matin pourront être saisis par {collegue}.",
    ],
    priority: 'high',
    effort: 30,
  },
  {
    subjects: ['Coupure internet totale', 'Internet coupe plusieurs fois par jour'],
    descriptions: [
      "Plus aucun accès internet dans les bureaux depuis {heure}. La box affiche un voyant rouge.",
      "Internet coupe plusieurs fois par jour, une dizaine de minutes à chaque fois.",
    ],
    asks: ['Pouvez-vous me dire quels voyants sont allumés sur la box, et de quelle couleur ?', "Est-ce que les coupures arrivent à des heures précises ?"],
    answers: ["Le voyant « Internet » est rouge, les autres sont verts.", 'Plutôt en fin de matinée, vers 11 h.'],
    fixes: [
      "L'opérateur avait un incident sur votre secteur, résolu à 14 h. J'ai activé la connexion 4G de secours pour que cela ne bloque plus les bureaux à l'avenir.",
      "La ligne de secours basculait par erreur à cause d'un réglage du routeur. Je l'ai corrigé : aucune coupure depuis trois jours.",
    ],
    note: "Incident opérateur confirmé, numéro de suivi noté sur la fiche client.",
    priority: 'high',
    effort: 40,
  },
  {
    subjects: ['Certificat de signature électronique expiré', 'Impossible de signer une réponse à un appel d\'offres'],
    descriptions: [
      "Nous devons déposer une réponse à un appel d'offres avant vendredi et le certificat de signature est refusé.",
      "La plateforme des marchés publics indique que notre certificat n'est plus valide.",
    ],
    asks: ["Le certificat est-il sur une clé USB ou installé sur le poste ?", 'Pouvez-vous me faire une capture du message de la plateforme ?'],
    answers: ['Sur une clé USB, dans le coffre de la direction.', 'Capture jointe.'],
    fixes: [
      "Le certificat avait expiré le mois dernier. La demande de renouvellement est faite, et en attendant j'ai installé le certificat de {collegue} qui est encore valide.",
      "Le pilote de la clé n'était pas installé sur le nouveau poste. C'est fait : la signature fonctionne sur la plateforme.",
    ],
    file: 'screenshot',
    priority: 'high',
    effort: 35,
  },
  {
    request: true,
    subjects: ['Demande de droits administrateur', 'Besoin des droits pour installer un logiciel'],
    descriptions: [
      "Pourriez-vous me donner les droits administrateur sur mon poste ? Je dois installer un logiciel pour un client.",
      "{collegue} a besoin d'installer le logiciel d'un fournisseur mais le système demande un mot de passe administrateur.",
    ],
    asks: ["Quel logiciel exactement ? Je peux l'installer pour vous plutôt que de donner les droits.", "Avez-vous le lien de téléchargement ou le fichier d'installation ?"],
    answers: ['Le logiciel de suivi des livraisons de notre transporteur.', 'Je vous envoie le lien par mail.'],
    fixes: [
      "Je préfère ne pas donner les droits administrateur, pour la sécurité du poste : j'ai installé le logiciel à distance, il est dans le menu Démarrer.",
      "Le logiciel est installé et mis à disposition dans le portail d'entreprise, pour que vos collègues puissent l'installer eux-mêmes.",
    ],
    priority: 'low',
    effort: 20,
  },
  {
    subjects: ["Bourrages papier à répétition", "Le copieur indique « remplacer le toner » alors qu'il est neuf"],
    descriptions: [
      'Le copieur du {poste} fait un bourrage toutes les vingt pages, dans le bac 2.',
      "Le copieur demande de remplacer le toner noir alors qu'on vient de le changer.",
    ],
    asks: ['Utilisez-vous un papier différent depuis peu ?', 'Le toner installé est-il un toner de la marque ou un compatible ?'],
    answers: ['Oui, un papier recyclé depuis le mois dernier.', "Un compatible, commandé par {collegue}."],
    fixes: [
      "Le papier recyclé est trop fin pour le bac 2. J'ai réglé le grammage dans le menu du bac et nettoyé les rouleaux : plus de bourrage sur les 200 pages de test.",
      "La puce du toner compatible n'était pas reconnue. Le fournisseur nous en a envoyé un autre, qui fonctionne. Le toner défectueux lui est retourné.",
    ],
    priority: 'low',
    effort: 25,
  },
];

/** Where people work, for `{poste}`. */
export const SERVICES = ['service comptabilité', "poste d'accueil", 'bureau de la direction', 'atelier', 'entrepôt', 'standard', 'service RH', "bureau d'études", 'service commercial', 'magasin'];
export const WEEKDAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'];

// ── discussion pools ──

export const AGENT_OPENERS = [
  'Merci pour votre message.',
  'Je prends en charge votre demande.',
  'Merci de nous avoir signalé ce problème.',
  "J'ai bien reçu votre demande et je m'en occupe.",
  'Merci pour ces précisions.',
];

/** Agent replies while the problem is still being worked on, with what the client may answer to each. */
export const AGENT_STEPS: [step: string, replies: string[]][] = [
  [
    'Merci pour ces éléments. Je me connecte à distance cet après-midi vers {heure}, pouvez-vous laisser le poste allumé ?',
    ["C'est fait, le poste est allumé.", "D'accord, le poste restera allumé. Prévenez-moi quand vous avez terminé."],
  ],
  [
    "J'ai transmis le problème à l'éditeur, je reviens vers vous dès que j'ai leur réponse.",
    ["D'accord, nous attendons votre retour.", "Avez-vous du nouveau de l'éditeur ? Cela devient bloquant pour l'équipe."],
  ],
  [
    'Pouvez-vous redémarrer le poste et me dire si le message apparaît toujours ?',
    ['Toujours pareil de notre côté, le message revient.', "Après le redémarrage le message a disparu, mais il revient au bout d'une heure environ."],
  ],
  [
    "D'après ce que je vois, le problème vient du serveur. Je fais un test ce soir après 18 h pour ne pas vous gêner.",
    ['Merci, tenez-nous au courant demain matin.', 'Pas de souci, tout le monde part vers 17 h 30.'],
  ],
  [
    'Un technicien peut passer {jour} matin. Est-ce que cela vous convient ?',
    ["Ça nous convient, quelqu'un sera à l'accueil dès 8 h 30.", "Plutôt l'après-midi si possible, nous avons une réunion le matin."],
  ],
  [
    "Pouvez-vous me préciser à quelle heure le problème s'est produit pour la dernière fois ?",
    ["Le problème s'est reproduit vers {heure}.", 'Ce matin vers {heure}, puis encore juste après le déjeuner.'],
  ],
  [
    "J'ai appliqué une première correction. Pouvez-vous réessayer et me dire ce que vous obtenez ?",
    ["Je viens de réessayer : ça a l'air mieux, mais je préfère attendre demain pour confirmer.", 'Toujours le même message, désolé.'],
  ],
  [
    'Je dois vérifier un point avec un collègue spécialiste, je vous tiens au courant dans la journée.',
    ['Merci. Je reste joignable si besoin.', "D'accord. Pour info, {collegue} a eu le même souci hier."],
  ],
  ['Est-ce que le problème touche aussi les autres postes du service ?', ['Oui, {collegue} a le même souci sur son poste.', 'Non, seulement sur ce poste.']],
  [
    "Pouvez-vous m'envoyer une capture d'écran du message au moment où il apparaît ?",
    ['Je vous joins la capture demandée.', 'Voici la capture, le message est apparu à {heure}.'],
  ],
  [
    "La pièce de remplacement est commandée, livraison prévue sous 48 h. Je vous propose de planifier l'intervention dès réception.",
    ['Très bien, prévenez-nous de la date de passage.', "D'accord. Nous faisons sans en attendant."],
  ],
  [
    "Je n'arrive pas à reproduire le problème de mon côté. Pourrions-nous faire un essai ensemble par téléphone ?",
    ["Je suis disponible tout l'après-midi, vous pouvez m'appeler au poste {n}4.", 'Appelez-moi demain matin, je serai au bureau dès 9 h.'],
  ],
];

/** Steps of a request (an order, a move, an account) while it is being handled. */
export const REQUEST_STEPS: [step: string, replies: string[]][] = [
  ["Je prépare ce qu'il faut et je vous confirme la date d'intervention d'ici demain.", ['Parfait, merci.', 'Très bien. Pouvez-vous nous prévenir la veille ?']],
  ["Pouvez-vous me confirmer le nom de la personne à prévenir le jour de l'intervention ?", ["Ce sera {collegue}, à l'accueil.", 'Moi-même, joignable au poste {n}4.']],
  ["J'attends la validation de votre direction pour lancer la commande.", ["C'est validé, vous pouvez y aller.", 'Je relance la direction aujourd\'hui.']],
  ['Le matériel est arrivé chez nous. Je vous propose une installation {jour} matin.', ['{jour} matin, c\'est parfait.', 'Plutôt en fin de journée si possible.']],
  ["C'est en cours de notre côté. Avez-vous d'autres besoins à prévoir en même temps ?", ['Non, ce sera tout pour le moment.', 'Oui, il faudrait aussi un accès au dossier Commercial.']],
];

/** The agent's fix after a relapse or a reopening. */
export const RELAPSE_FIXES = [
  "J'ai repris le diagnostic depuis le début : un second réglage était en cause, il est corrigé. Le problème ne devrait plus revenir.",
  "Le correctif précédent n'avait pas été appliqué sur tous les postes. C'est fait maintenant, y compris sur celui de {collegue}.",
  "Nous avons remplacé l'élément défectueux lors du passage de ce matin. Tout est de nouveau en ordre.",
  "La cause était une tâche planifiée qui remettait l'ancien paramètre chaque nuit. Je l'ai supprimée, le réglage tient désormais.",
];

/** The agent nudges a client who has not answered. */
export const AGENT_NUDGES = [
  "Avez-vous pu tester de votre côté ? Sans nouvelles de votre part, ce ticket sera clôturé automatiquement dans quelques jours.",
  "Je me permets de revenir vers vous : le problème est-il toujours présent ?",
  'Je reviens vers vous concernant votre demande. Pouvez-vous me confirmer que tout fonctionne ?',
];

/** A client who closes the matter without a fix from us. */
export const CLIENT_WITHDRAWALS = [
  "Finalement le problème s'est résolu tout seul après un redémarrage. Vous pouvez clôturer, merci.",
  "{collegue} a trouvé : c'était un câble débranché derrière le bureau. Désolé pour le dérangement !",
  "Nous avons décidé de remplacer ce matériel, inutile d'aller plus loin. Merci quand même.",
  "Fausse alerte, c'était une coupure de courant dans le bâtiment. Tout est revenu.",
];

export const CLIENT_RELAPSES = [
  "Le problème est revenu ce matin, pouvez-vous regarder à nouveau ?",
  "Ça a fonctionné deux jours, mais c'est reparti comme avant.",
  "Désolé de revenir vers vous, mais nous avons de nouveau le même souci.",
];

export const INTERNAL_NOTES = [
  'Client sous contrat premium : à traiter en priorité.',
  'Déjà eu le même souci chez ce client il y a quelques mois, voir les tickets précédents.',
  "J'ai demandé à un collègue de l'équipe réseau de regarder avec moi.",
  "Attente du retour de l'éditeur, ticket ouvert chez eux.",
  "Le client n'a pas de contrat de maintenance sur ce matériel : prévoir un devis si intervention sur site.",
  "Accès à distance validé par le client par téléphone.",
  'Interlocuteur un peu tendu au téléphone, bien le tenir informé.',
  'Intervention à facturer hors forfait (déplacement).',
];

export const DUPLICATE_NOTES = ["Doublon du ticket #{num}, même demande : je ferme celui-ci.", "Demande déjà traitée dans le ticket #{num}, clôturé comme doublon."];
export const WITHDRAWN_NOTES = ['Le client a résolu le problème de son côté.', 'Demande annulée par le client au téléphone.'];
export const REOPEN_MESSAGES = [
  'Suite à votre appel, je rouvre votre demande : {agent} revient vers vous rapidement.',
  'Nous rouvrons ce ticket puisque le problème est réapparu. {agent} reprend le dossier.',
];
export const REOPEN_NOTES = ['Rouvert à la demande du client, appel reçu ce matin.', "Rouvert : le client signale que le problème est revenu, voir avec l'équipe."];
export const ESCALATION_NOTES = ['Passé en priorité haute : tout le service est bloqué.', "Priorité relevée, le client a une échéance {jour}."];

export const AGENT_CLOSINGS = ['Bonne journée,', 'Cordialement,', 'Je reste à votre disposition.\nCordialement,', 'Bonne fin de journée,', 'Bien à vous,'];
export const CLIENT_CLOSINGS = ['Merci d\'avance,', 'Cordialement,', 'Bonne journée,', 'Merci,', 'Bien cordialement,'];
export const PHONE_PREFIXES = ['Appel de {contact}.\n\n', 'Demande reçue par téléphone de {contact}.\n\n', '{contact} nous a appelés.\n\n'];

// ── ratings ──

export const GOOD_COMMENTS = [
  'Très réactif, merci !',
  'Problème réglé rapidement.',
  'Bonne communication tout au long.',
  '{agent} a été très patient et clair dans ses explications.',
  "Réglé en moins d'une heure, parfait.",
  'Toujours aussi efficace, merci à toute l\'équipe.',
  "Intervention rapide et propre, rien à redire.",
  'Merci pour le suivi et les explications.',
  '{agent} a pris le temps de nous expliquer comment éviter le problème.',
];
export const MEDIUM_COMMENTS = ['Un peu long mais résolu.', "Résolu, mais il a fallu relancer.", 'Correct, délai un peu long pour un problème simple.', 'Le problème est réglé mais nous avons perdu une demi-journée.'];
export const BAD_COMMENTS = [
  'Il a fallu relancer plusieurs fois.',
  'Trois jours pour une imprimante, c\'est beaucoup trop long.',
  'Le problème est revenu deux fois, pas très satisfaits.',
  'Personne ne nous a rappelés comme prévu.',
  'Réponse trop technique, nous ne savions pas quoi faire.',
];

// ── time, leave, people ──

export const TIME_NOTES = [
  'Diagnostic à distance',
  'Appel avec le client',
  'Prise en main à distance',
  'Recherche dans la documentation éditeur',
  'Tests après correctif',
  "Échange avec l'éditeur",
  'Intervention sur site',
  'Mise à jour et redémarrage',
  null,
  null,
  null,
];

export const LEAVE_NOTES = ["Congés d'été", 'RTT', 'Formation', 'Congés de fin d\'année', 'Pont', 'Congé', null];

export const CONTACT_JOBS = [
  'Directrice administrative',
  'Gérant',
  'Gérante',
  'Assistant de direction',
  'Comptable',
  'Responsable des achats',
  'Office manager',
  'Responsable logistique',
  'Chef d\'atelier',
  'Assistante commerciale',
  'Directeur financier',
  'Responsable des ressources humaines',
  'Chargée de communication',
  'Responsable qualité',
];

export const SECTORS = [
  'Transports',
  'Boulangerie',
  'Imprimerie',
  'Cabinet comptable',
  'Logistique',
  'Pharmacie',
  'Hôtel',
  'BTP',
  'Librairie',
  'Agence immobilière',
  'Garage',
  'Menuiserie',
  'Cabinet d\'architectes',
  'Étude notariale',
  'Clinique vétérinaire',
  'Fromagerie',
  'Boucherie',
  'Opticien',
  'Cave',
  'Électricité',
  'Plomberie',
  'Paysagiste',
  'Auto-école',
  'Laboratoire',
  'Cabinet d\'avocats',
  'Transports frigorifiques',
  'Restaurant',
  'Brasserie',
  'Fleuriste',
  'Ambulances',
];

/** Real French towns with a postal code of theirs. */
export const TOWNS: [string, string][] = [
  ['Lyon', '69003'], ['Lyon', '69007'], ['Villeurbanne', '69100'], ['Vénissieux', '69200'], ['Saint-Étienne', '42000'], ['Grenoble', '38000'],
  ['Paris', '75011'], ['Paris', '75015'], ['Boulogne-Billancourt', '92100'], ['Montreuil', '93100'], ['Créteil', '94000'], ['Versailles', '78000'],
  ['Lille', '59000'], ['Roubaix', '59100'], ['Amiens', '80000'], ['Rouen', '76000'], ['Le Havre', '76600'], ['Caen', '14000'],
  ['Nantes', '44000'], ['Saint-Nazaire', '44600'], ['Rennes', '35000'], ['Brest', '29200'], ['Angers', '49000'], ['Le Mans', '72000'], ['Tours', '37000'],
  ['Bordeaux', '33000'], ['Mérignac', '33700'], ['Pau', '64000'], ['Bayonne', '64100'], ['La Rochelle', '17000'], ['Poitiers', '86000'], ['Limoges', '87000'],
  ['Toulouse', '31000'], ['Montpellier', '34000'], ['Nîmes', '30000'], ['Perpignan', '66000'], ['Marseille', '13008'], ['Aix-en-Provence', '13100'],
  ['Toulon', '83000'], ['Nice', '06000'], ['Avignon', '84000'], ['Valence', '26000'], ['Annecy', '74000'], ['Chambéry', '73000'],
  ['Strasbourg', '67000'], ['Mulhouse', '68100'], ['Metz', '57000'], ['Nancy', '54000'], ['Reims', '51100'], ['Dijon', '21000'], ['Besançon', '25000'],
  ['Orléans', '45000'], ['Clermont-Ferrand', '63000'], ['Bourges', '18000'], ['Niort', '79000'], ['Quimper', '29000'], ['Vannes', '56000'], ['Lorient', '56100'],
];

export const ADDRESS_EXTRAS = ['Bâtiment B', 'ZA des Peupliers', 'Parc d\'activités du Moulin', '2e étage', 'ZI Nord', 'Zone artisanale des Vignes', 'Cour intérieure', 'Centre d\'affaires Le Forum'];

export const CLIENT_NOTES = [
  'Client sous contrat de maintenance annuel.',
  'Contrat infogérance complète, astreinte le samedi matin.',
  'Accès au local technique : demander la clé à l\'accueil.',
  "Parc d'environ {n}0 postes, serveur sur site.",
  'Facturation trimestrielle, interlocuteur comptable en copie des devis.',
  'Préfère être contacté par téléphone plutôt que par mail.',
];
