/** Byline vocabulary: what introduces a byline, what ends its name part, which organisations follow names. */

/** Words that introduce a byline, per language; matched case-insensitively before the names. */
export const BYLINE_PREFIXES: string[] = [
  'by', 'written by', 'words by', 'story by', 'text by', 'reporting by', 'posted by', 'published by',
  'von', 'par', 'por', 'di', 'door', 'av', 'af',
  'geschrieben von', 'verfasst von', 'écrit par', 'publié par', 'escrito por', 'publicado por', 'scritto da',
  'edited by', 'about the author', 'interview by', 'interviewed by', 'as told to',
];

/** Label words that introduce a byline only with a colon ("Text: A", "Autor: B"); bare, they are ordinary words. */
export const BYLINE_COLON_PREFIXES: string[] = [
  'text', 'author', 'authors', 'autor', 'autorin', 'autoren', 'auteur', 'auteurs', 'autora', 'autores', 'redaktion', 'reporter',
  'текст', 'автор', 'авторы',
];

/** Words after which a byline's name part ends: roles, time stamps, locations and "for <outlet>". */
export const BYLINE_STOP_WORDS: string[] = [
  'updated', 'published', 'posted', 'last updated', 'modified', 'on', 'at', 'in', 'for', 'from', 'with', 'via',
  'staff', 'staff writer', 'staff writers', 'staff reporter', 'reporter', 'reporters', 'correspondent', 'correspondents',
  'senior', 'editor', 'editors', 'contributor', 'contributing', 'columnist', 'writer', 'writers', 'special to',
  'photographs by', 'photography by', 'photos by', 'illustrations by', 'video by', 'additional reporting',
  'aktualisiert', 'veröffentlicht', 'mis à jour', 'publié', 'le', 'actualizado', 'publicado', 'el', 'à', 'um', 'a las',
  'min read', 'minute read', 'minutes read', 'read', 'follow', 'email', 'bio', 'see all',
];

/** Organisations that follow a name in wire bylines ("Jane Doe | Reuters", "Jane Doe, Associated Press"). */
export const BYLINE_ORGANISATIONS: string[] = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Bloomberg', 'Bloomberg News', 'dpa', 'EFE', 'ANSA',
  'Xinhua', 'Kyodo', 'Kyodo News', 'Yonhap', 'PA', 'PA Media', 'Press Association', 'UPI', 'CNN', 'BBC', 'BBC News', 'NPR',
  'The Associated Press', 'The Conversation', 'Staff', 'Europa Press', 'KNA', 'epd', 'Belga', 'ANP', 'Lusa', 'Agencia EFE',
];

/**
 * Nouns that publication and organisation names are made of: a short title-case line with one
 * is a publisher, not a person, and a byline part with one is an outlet ("MA WebMD Health News").
 */
export const PUBLICATION_NOUNS: string[] = [
  'times', 'journal', 'post', 'news', 'herald', 'tribune', 'gazette', 'daily', 'weekly', 'magazine', 'press', 'chronicle',
  'telegraph', 'guardian', 'observer', 'independent', 'review', 'courier', 'express', 'mail', 'mirror', 'standard', 'globe',
  'record', 'register', 'monitor', 'examiner', 'inquirer', 'bulletin', 'dispatch', 'today', 'wire', 'media', 'network',
  'echo', 'écho', 'zeitung', 'rundschau', 'allgemeine', 'anzeiger', 'kurier', 'nachrichten', 'presse', 'le monde', 'libération', 'figaro',
  'el país', 'diario', 'periódico', 'noticias', 'la voz', 'corriere', 'gazzetta', 'repubblica', 'jornal', 'folha', 'krant',
];

/** Words that follow the name in East Asian bylines ("한지우 기자", "山田太郎記者"). */
export const BYLINE_SUFFIXES: string[] = ['기자', '특파원', '객원기자', '記者', '特派員', '編集委員', '记者', '特约记者', '通讯员'];

/** Academic and professional credentials written after a name ("Jane Roe, MD"): not a second author. */
export const BYLINE_CREDENTIALS: string[] = ['MD', 'MA', 'MS', 'MSc', 'PhD', 'MPH', 'RN', 'RD', 'DDS', 'DVM', 'MBA', 'JD', 'Dr. med.', 'Dipl.-Ing.'];

/** Words of page chrome that are never part of a person's name: a line with one is not a bare byline ("Main Site Navigation"). */
export const BYLINE_CHROME_WORDS: string[] = [
  'navigation', 'menu', 'search', 'mobile', 'site', 'login', 'logout', 'subscribe', 'newsletter', 'homepage', 'account', 'sections',
  'share', 'print', 'comments', 'contact', 'privacy', 'cookies', 'settings', 'edition', 'videos', 'photos', 'podcasts',
  'suche', 'anmelden', 'abonnieren', 'startseite', 'kontakt', 'impressum', 'datenschutz',
  'recherche', 'accueil', 'connexion', 'buscar', 'inicio', 'suscríbete', 'menú',
  // Media labels: "Site Logo", "Watch Live", "Serie TV".
  'logo', 'video', 'live', 'tv',
  // Institutions: "Universität Hohenfeld" in a contact block is no person.
  'university', 'universität', 'université', 'universidad', 'università', 'universiteit', 'hochschule', 'institut', 'institute',
  'ministerium', 'ministry', 'department', 'stiftung', 'foundation', 'gmbh', 'verband', 'verein', 'association',
  // German, French and Spanish section furniture: "Neueste Kommentare", "Weitere Services", "Neuer Bereich".
  'kommentare', 'weitere', 'neueste', 'bereich', 'themen', 'übersicht', 'services', 'mediathek', 'commentaires', 'rubriques', 'comentarios', 'noticias',
];

/**
 * Given names that are also common lower-case words ("Will", "Grace", "Clara"): the page using the
 * word in lower case says nothing against the name, so a bare name may start with one.
 */
export const BYLINE_WORD_NAMES: string[] = [
  'will', 'mark', 'bill', 'grant', 'rose', 'hope', 'joy', 'faith', 'grace', 'may', 'june', 'april', 'august', 'dawn', 'guy',
  'jack', 'pat', 'ray', 'gene', 'drew', 'chase', 'dean', 'earl', 'frank', 'miles', 'rich', 'sandy', 'penny', 'holly', 'ivy',
  'lily', 'iris', 'daisy', 'violet', 'hazel', 'ruby', 'amber', 'crystal', 'summer', 'autumn', 'rusty', 'buck', 'bud', 'cliff',
  'glen', 'heath', 'wade', 'sonny', 'destiny', 'harmony', 'melody', 'patience', 'sterling', 'pearl', 'robin', 'jay', 'lance',
  'mason', 'hunter', 'don', 'art', 'max', 'sue', 'rob', 'nick', 'bob', 'kit', 'rod', 'lee', 'dale', 'brook', 'river', 'forest',
  'carol', 'noel', 'ginger', 'candy', 'honey', 'sunny', 'star', 'angel', 'rocky', 'marshall', 'prince', 'king', 'sky',
  'ernst', 'rosa', 'heide', 'pierre', 'constant', 'blanche', 'aimé', 'dolores', 'pilar', 'luz', 'paz', 'mar', 'sol', 'cruz',
  'blanca', 'clara', 'franco', 'serena', 'felice', 'bruno', 'bianca', 'vera', 'linda', 'bella', 'amparo', 'consuelo', 'rocío',
  'socorro', 'mercedes', 'gloria', 'victoria', 'esperanza', 'fortunato', 'benedetta', 'celeste', 'fidel', 'modesto',
  'al', 'ed', 'norm', 'chuck', 'gale', 'misty', 'storm', 'sage', 'reed', 'matt', 'rex', 'ace', 'major', 'jean', 'till',
  'olive', 'marine', 'constance', 'prudence', 'ange', 'estrella', 'rosario', 'cielo', 'nieves', 'angeles', 'page', 'hardy',
];

/** Endings of a newsroom desk's name ("Landesredaktion", "Metro Desk", "Newsroom"): a byline part that ends so is no person. */
export const BYLINE_DESK_WORDS: string[] = ['redaktion', 'rédaction', 'redacción', 'redazione', 'redactie', 'redação', 'desk', 'newsroom', 'ressort', 'nachrichtenredaktion'];
