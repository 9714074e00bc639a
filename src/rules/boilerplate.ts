/**
 * Boilerplate phrases, grouped by concept, one reason per rule. Matching ignores case, accents are
 * kept, and punctuation/spacing at the ends is ignored ("Latest news:" = "latest news").
 * Languages: English, German, French, Spanish, plus Italian/Portuguese/Dutch where common.
 */
import type { PhraseRule } from './types.js';

/**
 * A reading time ("8 min read", "5 Min. Lesezeit", "4 minutes de lecture"): one grammar for the
 * phrase rule below, the reading time under a byline (classify) and a date stamp's furniture (dates).
 */
export const MINUTES = '\\d{1,3}\\s*(?:min(?:ute[ns]?)?s?\\.?|minutos?|minuti|minuter)';
export const READING_TIME = `${MINUTES}\\s*(?:read|lesezeit|lektüre|de lecture|de lectura|di lettura|läsning|läsminuter)`;

export const BOILERPLATE_RULES: PhraseRule[] = [
  // --- teaser and related lists: a heading followed by a run of title-like items -------------
  {
    id: 'heading:latest',
    label: 'related',
    match: 'heading',
    patterns: ['latest news', 'latest', 'recent posts', 'recent articles', 'recent stories', 'neueste beiträge', 'neueste artikel', 'articles récents', 'entradas recientes', 'latest stories', 'latest articles', 'latest headlines', 'breaking news', 'just in', 'top stories', 'top news', 'news feed', 'the latest', 'more news', 'more stories', 'other news', 'in other news', 'neueste artikel', 'aktuelle nachrichten', 'neueste nachrichten', 'dernières actualités', 'dernières infos', "à la une", 'últimas noticias', 'lo último', 'ultime notizie', 'últimas notícias', 'laatste nieuws'],
    reason: 'a "latest news" heading starts a list of other articles',
  },
  {
    id: 'heading:popular',
    label: 'related',
    match: 'heading',
    patterns: ['must read', 'must reads', 'most read', 'most popular', 'most viewed', 'most shared', 'most commented', 'popular', 'popular now', 'popular stories', 'popular articles', 'trending', 'trending now', 'trending stories', "editor's picks", 'editors picks', "editors' picks", 'top picks', 'featured', 'featured stories', 'highlights', 'meistgelesen', 'meistgelesene artikel', 'am meisten gelesen', 'beliebt', 'les plus lus', 'les plus partagés', 'les plus commentés', 'lo más leído', 'lo más visto', 'más leídas', 'más leídos', 'más vistos', 'i più letti', 'mais lidas', 'mais lidos', 'meest gelezen'],
    reason: 'popularity lists link to other articles, not this one',
  },
  {
    id: 'heading:related',
    label: 'related',
    match: 'heading',
    patterns: ['related', 'related articles', 'related stories', 'related posts', 'related news', 'related content', 'related coverage', 'related topics', 'related links', 'related reading', 'see also', 'read also', 'read more', 'read next', 'up next', 'what to read next', 'more on this story', 'more on this topic', "don't miss", "don't miss...", 'do not miss', 'explore more on these topics', 'more on these topics', 'more about', 'more from', 'more in', 'more like this', 'keep reading', 'further reading', 'also read', 'also on', 'you might also like', 'you may also like', 'you might like', 'you may like', 'you might be interested in', 'you may be interested in', 'recommended', 'recommended for you', 'recommended to you', 'recommended stories', 'recommended reading', 'we recommend', 'suggested', 'suggested articles', 'suggested reading', 'around the web', 'from around the web', 'from our partners', 'sponsored stories', 'promoted stories', 'lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren', 'das könnte sie interessieren', 'weitere artikel', 'weitere nachrichten', 'empfehlungen', 'verwandte artikel', 'à lire aussi', 'a lire aussi', 'lire aussi', 'à lire également', 'sur le même sujet', 'sur le meme sujet', 'vous aimerez aussi', 'vous aimerez aussi aimer', 'voir aussi', 'nos recommandations', 'articles similaires', 'te puede interesar', 'también te puede interesar', 'te recomendamos', 'noticias relacionadas', 'artículos relacionados', 'lee también', 'lea también', 'más información', 'ver también', 'potrebbe interessarti', 'leggi anche', 'leia também', 'veja também', 'lees ook', 'weiterlesen', 'weitere beiträge', 'ähnliche beiträge', 'ähnliche artikel', 'lesen sie auch die folgenden beiträge', 'das könnte dich auch interessieren', 'zobacz także', 'zobacz też', 'czytaj także', 'czytaj też', 'polecane', 'puedes ver', 'lee más', 'leer más', 'gerelateerd', '関連記事', '関連ニュース', 'おすすめ記事', '人気記事', 'アクセスランキング', 'ランキング', '相关文章', '相关新闻', '相关阅读', '推荐阅读', '热门文章', '热门新闻', '관련기사', '관련 기사', '많이 본 뉴스', '인기 기사', 'материалы по теме', 'читайте также', 'похожие статьи', 'похожие материалы', 'новости по теме', 'по теме', 'рекомендуем'],
    reason: 'related/recommended headings introduce teasers for other pages',
  },
  {
    id: 'related:inline',
    label: 'related',
    match: 'regex',
    patterns: ['^(?:läs också|läs mer|les også|læs også|czytaj także|czytaj też|czytaj więcej|читайте также)\\s*[:»›>|-]?\\s*\\S.{2,200}$', '^(?:see also|also read|read also|read more|related|more on this|lesen sie auch|mehr dazu|mehr zum thema|weiterlesen|à lire aussi|lire aussi|voir aussi|lire la suite|puedes ver|lee también|lea también|ver también|leggi anche|zobacz także|czytaj także|lees ook|leia também|veja também)\\s*[:»›>|-]\\s*\\S.{2,200}$', '^【(?:関連記事|関連ニュース|あわせて読みたい)】.{2,200}$', '^(?:lesen sie auch|lesen sie außerdem|mehr zum thema|à lire aussi|a lire aussi|lire aussi|voir aussi|sur le même sujet|te puede interesar|también te puede interesar|lee también|lea también|ver también|leggi anche|leia também|veja também)\\s+\\S.{2,200}(?<![.!?])$'],
    reason: 'an inline "See also: <title>" line links to another article (in French, German and Spanish the title often follows the label without a separator: "À lire aussi Les internes …"; a title does not end like a sentence)',
  },
  {
    id: 'heading:more-from',
    label: 'related',
    match: 'regex',
    patterns: ['^(?:more|latest|top|other|all) (?:from|in|on|news|stories|articles|videos|posts)\\b.{0,40}$', '^(?:more|other) [\\p{L} ]{1,30} (?:news|stories|articles)$', '^(?:mehr|weitere) (?:aus|zu|von|artikel|nachrichten)\\b.{0,40}$', '^(?:plus de|d.autres) .{1,40}$', '^(?:más|otras) (?:de|noticias|sobre)\\b.{0,40}$'],
    reason: '"More from <section>" headings introduce lists of other articles',
  },
  // --- share, follow and comment prompts ---------------------------------------------------
  {
    id: 'share:buttons',
    label: 'share',
    match: 'line',
    patterns: ['シェアする', 'シェア', 'ツイート', 'はてなブックマークに追加', 'はてなブックマーク', '分享到', '分享', '공유하기', 'share', 'share this', 'share this article', 'share this story', 'share this post', 'share this page', 'share article', 'share story', 'share on facebook', 'share on twitter', 'share on x', 'share on linkedin', 'share on whatsapp', 'share via email', 'share via e-mail', 'share by email', 'share the article', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'pinterest', 'reddit', 'email', 'e-mail', 'tweet', 'print', 'copy link', 'copy url', 'link copied', 'save', 'save article', 'save for later', 'gift article', 'gift this article', 'flipboard', 'telegram', 'messenger', 'mail', 'teilen', 'artikel teilen', 'drucken', 'link kopieren', 'partager', 'partager cet article', 'partager sur facebook', 'partager sur twitter', 'imprimer', 'copier le lien', 'compartir', 'compartir en facebook', 'compartir en twitter', 'imprimir', 'copiar enlace', 'condividi', 'compartilhar', 'delen', 'teilen sie dies mit', 'compartir esto', 'partager la publication', 'share to facebook', 'share to twitter', 'share to pinterest'],
    reason: 'share buttons are page furniture',
  },
  {
    id: 'share:follow',
    label: 'share',
    match: 'regex',
    patterns: ['^(?:follow|like) (?:us|me)\\b.{0,100}$', '^\\d+(?:[.,]\\d+)?\\s?[km]? followers\\b.{0,80}$', '^click (?:here )?to (?:share|email|print|tweet|pin)\\b.{0,60}$', '^(?:opens in (?:a )?new window)$', '^(?:folgen sie uns|folge uns)\\b.{0,60}$', '^(?:suivez-nous|suivez nous)\\b.{0,60}$', '^(?:síguenos|siguenos)\\b.{0,60}$', '^(?:share|tweet|pin|email) (?:this|it)\\b.{0,40}$', '^(?:(?:email this|blogthis!?|share (?:to|on) (?:twitter|facebook|pinterest|linkedin|whatsapp|reddit|x))\\s*){2,}$', '^\\d+\\s*(?:shares?|comments?|likes?|views?|reactions?)$', '^(?:(?:today\'?s?|total) )?(?:views|visits|hits|page ?views|visitors|aufrufe|vues|visitas)(?: today| total)?\\s*[:：]\\s*[\\d,.]+$', '^(?:本日|今日|累積|累计|總|总)?(?:人氣|人气|瀏覽|浏览|閱讀|阅读)(?:次數|次数|量)?\\s*[:：]\\s*[\\d,.]+$'],
    reason: 'follow-us prompts, share/like counters, visit counters ("Views: 1,204"), follower counts ("2.3K Followers · Writer for …") and a blog platform\'s glued share row ("Email ThisBlogThis!Share to X") are not article text',
  },
  {
    id: 'comments:heading',
    label: 'comments',
    match: 'regex',
    patterns: ['^(?:コメントを書く|コメントする|コメント(?:\\d+|[０-９]+)件|发表评论|댓글(?:\\s*\\d+)?)$', '^\\[?\\s*(?:\\d+\\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|responses?|replies)|(?:comments|kommentare|commentaires|comentarios|commenti|responses|replies)(?:\\s*\\(\\d+\\))?|(?:comments?|kommentare?|commentaires?|comentarios?|commenti|responses?|replies)\\s*\\(\\d+\\))\\s*\\]?:?$', '^(?:top|most|best|latest|newest|oldest|featured|reader) (?:rated |liked |recent )?(?:comments?|responses?|replies)$', '^(?:comments?|discussion) (?:for|on) .{1,80}$', '^\\d+ (?:thoughts|responses|replies|comments) (?:on|to) .{1,120}$', '^(?:leave|post|add|write|show|view|see|load|read) (?:a |the |all |more )?(?:\\d+ )?(?:comments?|reply|replies|responses?)\\b.{0,30}$', '^(?:join|start) the (?:conversation|discussion)\\b.{0,40}$', '^(?:comments?|discussion) (?:are|is) (?:closed|open)\\b.{0,40}$', '^(?:log ?in|sign ?in|register) to (?:comment|reply|post)\\b.{0,40}$', '^reply$|^report$|^flag$|^(?:up|down)vote$', '^(?:vos|les) (?:réactions|commentaires)$', '^(?:ihre meinung|leserkommentare|deine meinung)$', '^(?:kommentieren|commenter|comentar)$', '^what do you think\\??$'],
    reason: 'comment sections and their controls follow the article ("Comment" alone is an opinion label or a table column, so the singular needs a count)',
  },
  {
    id: 'comments:meta',
    label: 'comments',
    match: 'regex',
    patterns: ['^\\d+\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago\\b.{0,30}$', '^(?:rating|score|votes?|likes?|points?):?\\s*[+-]?\\d+(?:\\s+(?:votes?|points?|likes?))?$', '^[+-]?\\d+\\s+(?:votes?|points?|likes?|replies|reply)$', '^\\(?view all\\)?$', '^(?:reply|report|share|like|permalink|quote)(?:\\s*[|·•]\\s*(?:reply|report|share|like|permalink|quote))+$', '^(?:in reply to|replying to)\\b.{0,60}$', '^\\S.{0,40} (?:says|said|wrote|schreibt|dit|dice):$'],
    reason: 'comment metadata: time stamps, votes, reply links',
  },
  // --- newsletter and subscription prompts -------------------------------------------------
  {
    id: 'newsletter:signup',
    label: 'newsletter',
    match: 'regex',
    patterns: ['\\b(?:sign up|signup|subscribe|register)\\b.{0,60}\\b(?:newsletter|briefing|bulletin|updates|digest|email|inbox)\\b', '\\bnewsletter\\b.{0,50}\\b(?:sign up|subscribe|delivered|inbox|free)\\b', '^(?:get|receive) (?:our|the) .{0,40}(?:newsletter|briefing|digest|updates)\\b', '^(?:enter|your) (?:your )?e-?mail(?: address)?\\b.{0,30}$', '^(?:thanks|thank you) for (?:signing up|subscribing)\\b', '\\bnewsletter (?:abonnieren|bestellen)\\b', '^(?:jetzt )?(?:kostenlos )?(?:abonnieren|registrieren)\\b.{0,40}$', "\\b(?:abonnez-vous|inscrivez-vous)\\b.{0,60}", "\\b(?:suscríbete|suscribete|regístrate|registrate)\\b.{0,60}", '^newsletters?$', '^by (?:signing up|subscribing|clicking)\\b.{0,200}\\b(?:privacy|terms)\\b', '^(?:follow|subscribe to) (?:this )?blog (?:via|by) e-?mail$', '\\bis a reader-supported publication\\b', '^thanks for reading\\b.{0,80}\\bsubscribe\\b', '^get new posts by e-?mail$', '\\bno spam\\b.{0,30}\\bunsubscribe\\b', '^blog (?:per|via) e-?mail (?:folgen|abonnieren)$', '^suivre (?:ce )?blog par e-?mail$', '^seguir (?:el )?blog por (?:correo electrónico|e-?mail)$'],
    reason: 'newsletter and sign-up prompts are promotion, not article text (a blog platform\'s "Follow blog via email" widget too)',
  },
  {
    id: 'promo:subscribe',
    label: 'promo',
    match: 'regex',
    patterns: ['^読者になる.{0,20}$', '^にほんブログ村.{0,60}$', '^(?:読者になる|にほんブログ村|フォローする|この記事はいかがでしたか[？?]?)$', '^(?:subscribe|subscribe now|subscribe today|already a subscriber\\??|become a member|become a subscriber|support us|donate|log ?in|sign ?in|sign ?out|log ?out|register|create (?:a free )?account|my account|get the app|download the app|try it free|start (?:your )?free trial)\\b.{0,60}$', '^(?:subscribers? only|exclusive to subscribers|for subscribers)\\b.{0,40}$', '\\b(?:unlimited (?:digital )?access|subscribe for|per month|/month|a month)\\b.{0,40}\\b(?:subscribe|cancel|offer|trial)\\b', '^(?:this (?:article|content) is (?:only )?(?:for|available to) (?:subscribers|members))\\b', '^(?:abo|jetzt abonnieren|zum abo|abonnement|s.abonner|suscripción|suscribirse|hazte socio|hazte miembro)\\b.{0,80}$', '\\bdownload (?:the|our) .{0,50}\\bapps?\\b'],
    reason: 'subscription and account prompts are site promotion',
  },
  {
    id: 'promo:paywall',
    label: 'promo',
    match: 'regex',
    patterns: ['^weiterlesen mit (?:\\S+ )?(?:plus|\\+|abo)\\b.{0,80}$', '^\\d{1,2} (?:wochen|monate?) (?:für|ab) (?:nur )?\\d+(?:[.,]\\d{2})?\\s?(?:€|euro\\b).{0,60}$', '\\bil vous reste \\d+(?:[.,]\\d+)?\\s?% de cet article à lire\\b', '\\bla suite est réservée aux abonnés\\b', '^article réservé aux abonnés\\.?$', '^この記事は(?:有料)?(?:会員|購読者)限定(?:です|の記事です)', 
      "\\byou(?:'ve| have)? reached (?:your|the) (?:monthly |weekly |free )?(?:limit|maximum) of (?:free )?(?:articles|stories)\\b",
      '\\b(?:to continue reading|to keep reading|continue reading with|keep reading with)\\b.{0,60}\\b(?:subscri\\w*|sign in|log in|register)\\b',
      '\\b(?:this|the full) (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:subscribers|members)\\b',
      '\\bdieser (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:abonnenten|abonnentinnen|abonnent\\*innen|abonnierende)\\b',
      '\\bcet article est réservé aux abonnés\\b',
      '^subscribe (?:now |today )?(?:for|from) (?:just |only )?\\S{0,3}\\d',
      '\\beste (?:artículo|contenido) es (?:exclusivo )?(?:para|solo para) (?:suscriptores|socios)\\b',
    ],
    reason: 'a paywall notice is the page asking for money, not the article: alone on a page, it leaves no article',
  },
  // --- advertising -------------------------------------------------------------------------
  {
    id: 'ad:label',
    label: 'ad',
    match: 'line',
    patterns: ['reklama', 'annons', 'annonse', 'reklame', '広告', '广告', '광고', 'advertisement', 'advertising', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content', 'paid post', 'partner content', 'promoted', 'story continues below advertisement', 'article continues below advertisement', 'continue reading below', 'continue reading the main story', 'scroll to continue with content', 'skip advertisement', 'anzeige', 'werbung', 'publicité', 'publicite', 'publicidad', 'pubblicità', 'publicidade', 'advertentie'],
    reason: 'advertising labels mark ad slots inside or around the article',
  },
  // --- navigation ---------------------------------------------------------------------------
  {
    id: 'nav:skip',
    label: 'navigation',
    match: 'regex',
    patterns: ['^skip to (?:main )?(?:content|navigation|search|footer)\\b.{0,20}$', '^(?:jump|go) to (?:main )?(?:content|navigation)\\b.{0,20}$', '^(?:zum inhalt springen|direkt zum inhalt|aller au contenu|ir al contenido)\\b.{0,20}$', '^(?:main )?(?:menu|navigation|search|close|open|toggle navigation|back to top|top of page|home|homepage|sections|all sections|more sections|next|previous|prev|next article|previous article|next story|previous story|back)$', '^(?:menü|suche|startseite|menu principal|recherche|accueil|menú|buscar|inicio|portada)$', '^you are here:?.{0,80}$', '^breadcrumbs?$', '^\\[[^\\]]{1,30}\\]\\s*\\[[^\\]]{1,30}\\]\\s*\\['],
    reason: 'skip links, menu toggles, navigation labels and rows of bracketed links ("[Home] [Print] [Feedback]") are page chrome',
  },
  {
    id: 'nav:prev-next',
    label: 'navigation',
    match: 'regex',
    patterns: ['^(?:\\d+\\s+){1,10}次のページへ$', '^(?:次のページへ|前のページへ|次へ|前へ)$', '^[<＜]?\\s*\\d{1,2}\\s*/\\s*\\d{1,2}\\s*ページ\\s*[>＞]?$', '^(?:previous|prev|next|older|newer)(?: (?:post|article|story|entry|chapter))?\\s*[:：»›]\\s*\\S.{0,150}$', '^(?:vorheriger|nächster|voriger) (?:artikel|beitrag)\\b.{0,150}$', '^(?:article|billet) (?:précédent|suivant)\\b.{0,150}$', '^(?:artículo|entrada) (?:anterior|siguiente)\\b.{0,150}$'],
    reason: 'links to the previous and next post ("Next post: …", "Article précédent …") navigate the blog, they are not the article',
  },
  {
    id: 'nav:separated',
    label: 'navigation',
    match: 'regex',
    // The item class already holds spaces, so no \\s* around separators: each character has one way to match (no backtracking blow-up).
    patterns: ['^(?:[^|•·»›/]{1,30}[|•·»›]){3,}[^|•·»›]{0,30}$'],
    reason: 'a line of short items joined by | • · » › is a menu or breadcrumb trail',
  },
  // --- legal, cookie and copyright ----------------------------------------------------------
  {
    id: 'legal:copyright',
    label: 'legal',
    match: 'regex',
    patterns: ['^(?:copyright\\s*)?(?:©|\\(c\\)|&copy;|copyright)\\s*(?:\\d{4}|[\\p{L}]).{0,200}$', '\\ball rights reserved\\b', '\\btous droits réservés\\b', '\\balle rechte vorbehalten\\b', '\\btodos los derechos reservados\\b', '\\bthis (?:material|article) may not be (?:published|reproduced)\\b'],
    reason: 'copyright lines are site footers',
  },
  {
    id: 'legal:links',
    label: 'legal',
    match: 'line',
    patterns: ['privacy', 'privacy policy', 'privacy notice', 'privacy settings', 'privacy center', 'cookie policy', 'cookies', 'cookie settings', 'cookie preferences', 'manage cookies', 'terms', 'terms of use', 'terms of service', 'terms and conditions', 'terms & conditions', 'accessibility', 'accessibility statement', 'contact', 'contact us', 'about', 'about us', 'careers', 'jobs', 'advertise', 'advertise with us', 'help', 'faq', 'sitemap', 'site map', 'rss', 'do not sell my personal information', 'do not sell or share my personal information', 'your privacy choices', 'ad choices', 'adchoices', 'imprint', 'impressum', 'datenschutz', 'datenschutzerklärung', 'agb', 'kontakt', 'nutzungsbedingungen', 'mentions légales', 'politique de confidentialité', 'conditions générales', "conditions générales d'utilisation", 'gestion des cookies', 'aviso legal', 'política de privacidad', 'política de cookies', 'términos y condiciones', 'contacto', 'quiénes somos'],
    reason: 'footer links to legal and corporate pages',
  },
  {
    id: 'legal:cookie',
    label: 'legal',
    match: 'regex',
    patterns: ['\\b(?:we|this (?:site|website)) uses? cookies\\b', '\\bwe and our (?:\\d+ )?(?:partners|vendors)\\b.{0,40}\\b(?:cookies|store and/or access)\\b', '^we value your privacy$', '\\bcookies? (?:to|help|are used)\\b.{0,120}\\b(?:experience|analy[sz]e|personali[sz]e|advertising|consent)\\b', '\\b(?:accept|reject|allow|manage) (?:all )?cookies\\b', '^(?:accept|accept all|reject all|i agree|agree|ok|got it|allow all|manage preferences|consent)$', '\\bwir verwenden cookies\\b', '\\bnous utilisons des cookies\\b', '\\butilizamos cookies\\b', '\\b(?:by (?:continuing|using) (?:to use )?this (?:site|website)), you (?:agree|consent)\\b', '\\bprotected by recaptcha\\b'],
    reason: 'cookie consent banners and consent walls ("We and our partners use cookies …")',
  },
  {
    id: 'legal:affiliate',
    label: 'legal',
    match: 'regex',
    patterns: [
      '^※?当(?:ブログ|サイト)は.{0,20}アフィリエイト.{0,120}$',
      '^(?:disclosure:\\s*)?(?:we|i) (?:may )?(?:earn|receive|get) (?:a |an )?(?:small )?(?:affiliate )?commission\\b',
      '^(?:disclosure:\\s*)?(?:this|the) (?:post|article|page|story) (?:may )?contains? affiliate links\\b',
      '^(?:disclosure:\\s*)?as an amazon associate,? (?:i|we) earn\\b',
      '^(?:disclosure:\\s*)?when you (?:buy|shop|purchase) (?:something )?(?:through|via|using) (?:our |the )?(?:retail )?links\\b',
    ],
    reason: 'an affiliate disclosure opening a block is the site\'s legal notice about its links, not article text (inside another line, such as a byline, it is left alone)',
  },
  {
    id: 'legal:press-release',
    label: 'legal',
    match: 'regex',
    patterns: ['^(?:pressekontakt|presse-?kontakt|ansprechpartner(?:in)?|medienkontakt|contact presse|contacts? presse|contacto de prensa|contatto stampa|perscontact)\\b\\s*:?.{0,120}$', '(?:^|\\s)(?:tel|telefon|phone|tél|téléphone|teléfono|telefono|fon)\\.?\\s*:?\\s*\\+?\\d[\\d\\s()/.-]{5,30}.{0,160}[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+\\.[\\p{L}\\d.]{2,}', '^本件に関するお問い合わせ(?:先)?.{0,120}$', '^for immediate release$', '^(?:media|press|investor) (?:contacts?|enquiries|inquiries)\\b:?.{0,120}$'],
    reason: 'a press release\'s release line and contact block (a contact heading, or a block with a phone number and an e-mail address) are furniture of the release, not its text',
  },
  {
    id: 'legal:end-matter',
    label: 'legal',
    match: 'regex',
    patterns: [
      '^(?:【)?免责声明(?:】)?.{0,300}$',
      '^[（(]?责任编辑[:：].{1,20}[）)]?$',
      "^the views expressed (?:in this (?:post|article|column) )?are (?:the author's|those of the author|my) own\\b.{0,120}$",
      '^this (?:article|story|essay) (?:appears|appeared|will appear) in the .{0,80}\\b(?:edition|issue)\\b.{0,160}$',
    ],
    reason: 'the notes a site prints after an article (a disclaimer, the editor in charge, "This article appears in the print edition") are not its text',
  },
  {
    id: 'promo:webinar',
    label: 'promo',
    match: 'regex',
    patterns: [
      '^(?:sponsored |free |upcoming )?(?:webinar|whitepaper|white paper|e-?book|report|guide|virtual event)\\b.{0,200}\\b(?:register now|register today|save your seat|download now|download (?:the|your|our) (?:free )?(?:report|whitepaper|white paper|guide|e-?book))\\b.{0,60}$',
      '^sponsored (?:whitepaper|white paper|webinar|report)\\b.{0,200}$',
    ],
    reason: 'a trade site\'s webinar or whitepaper promotion between paragraphs sells an event or a download, it is not article text',
  },
  {
    id: 'bio:staff-writer',
    label: 'author-bio',
    match: 'regex',
    patterns: ["^(?:[\\p{L}.'’-]+ ){1,3}[\\p{L}.'’-]+ is an? (?:(?:senior|contributing|staff|freelance|former|investigative|features?) )?(?:writer|reporter|editor|correspondent|journalist|columnist|producer)(?: and [\\p{L} ]{3,30})? (?:at|for|with|of) \\S.{0,300}$"],
    reason: 'a line that says who the writer is ("Jane Roe is a staff writer at …, where she covers …") is the author\'s bio, not article text',
  },
  {
    id: 'promo:tip-line',
    label: 'promo',
    match: 'regex',
    patterns: [
      '^(?:got|have you got|do you have) a (?:story|news tip|tip)\\b.{0,120}$',
      "^have an event you(?:'d| would) like\\b.{0,140}$",
      '^(?:heb je|hebt u) een tip\\b.{0,120}$',
      '^版权声明[:：].{0,200}$',
    ],
    reason: 'a tip line ("Got a story? Email …") or a copyright notice asks the reader for something or states rights; it is not article text',
  },
  {
    id: 'dateline:relative',
    label: 'dateline',
    match: 'regex',
    patterns: ['^(?:updated|published|posted|last updated|aktualisiert|mis à jour|actualizado)?:?\\s*(?:\\d+|an?|one)\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago$', '^(?:vor)\\s+\\d+\\s+(?:minuten|stunden|tagen|wochen)$', '^il y a\\s+\\d+\\s+(?:minutes?|heures?|jours?)$', '^hace\\s+\\d+\\s+(?:minutos?|horas?|días?)$'],
    reason: 'relative time stamps ("Updated 2 hours ago") belong to the header, not the text',
  },
  // --- UI labels ------------------------------------------------------------------------------
  {
    id: 'ui:label',
    label: 'ui-label',
    match: 'line',
    patterns: ['enlarge image', 'enlarge this image', 'enlarge', 'expand', 'collapse', 'view image', 'view larger', 'view gallery', 'open gallery', 'see all photos', 'image', 'photo', 'photos', 'video', 'watch', 'watch video', 'play video', 'listen', 'listen to article', 'listen to this article', 'audio', 'close', 'loading', 'loading...', 'show more', 'show less', 'see more', 'load more', 'more', 'menu', 'search', 'toggle', 'zoom', 'fullscreen', 'credit', 'credit...', 'caption', 'hide caption', 'toggle caption', 'image source', 'image caption', 'media caption', 'getty images', 'bild vergrößern', 'vergrößern', 'agrandir', 'ampliar', 'ver más', 'voir plus', 'mehr anzeigen', 'member-only story', 'members only', '(button)', '[button]', 'button', 'continue reading', 'read full article', 'read the full story', 'read more', 'click here', 'learn more'],
    reason: 'labels of buttons and image widgets, not text',
  },
  {
    id: 'ui:reading-time',
    label: 'ui-label',
    match: 'regex',
    patterns: [`^${READING_TIME}\\b.{0,40}$`],
    reason: 'a reading time ("8 min read · Mar 12, 2024") is page furniture, not article text',
  },
  {
    id: 'share:network-row',
    label: 'share',
    match: 'regex',
    patterns: ['^シェアする.{0,60}$', '^(?:(?:facebook|twitter|x|instagram|youtube|linkedin|xing|whatsapp|pinterest|reddit|tiktok|telegram|flipboard|tumblr|threads|bluesky|mastodon|rss|feed|e-?mail)(?:\\s*[|•·,/]\\s*|\\s+|$)){2,12}$'],
    reason: 'a line of social network names alone ("Twitter Facebook", "Feed Twitter Facebook YouTube") is a share or follow bar',
  },
  {
    id: 'ui:action-row',
    label: 'ui-label',
    match: 'regex',
    patterns: ['^(?:(?:copy|copied|raw|download|clone|embed|print|report|share|save|edit|reply|like|follow|email|e-mail|mail|tweet|pin|bookmark|facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|flipboard|messenger|mewe|tumblr|xing|vk|pocket|threads|bluesky|mastodon|merken|enviar|por|comentarios|comments|kommentare|commentaires|teilen|drucken|partager|imprimer|compartir|comparte|imprimir|condividi|invia|deel|delen|dit|partilhar|compartilhar|su|per|artikel|article|this|story|post|esta|noticia|cet|on|via|[\\p{L}])(?:[\\s:]+|$)){3,12}$'],
    reason: 'a row of action or share buttons printed as words ("copy raw download embed print", "Share on Facebook Tweet Email", "Artikel teilen Facebook WhatsApp E-Mail"; a lone letter is an icon font\'s glyph), not a title',
  },
  {
    id: 'ui:author-photo',
    label: 'ui-label',
    match: 'regex',
    patterns: ['^\\S.{1,60}\\s(?:headshot|head shot|avatar|profile (?:picture|photo|image)|author (?:photo|image|picture))$', '^(?:headshot|avatar|profile (?:picture|photo|image)|author (?:photo|image|picture))(?: of)?\\s.{2,60}$'],
    reason: 'an author photo\'s alternative text ("Jane Roe headshot") is an image label, not a title',
  },
  {
    id: 'ui:poll',
    label: 'ui-label',
    match: 'regex',
    patterns: ['\\(\\d{1,3}(?:[.,]\\d{1,2})?\\s?%,\\s?[\\d.,]{1,12}\\s(?:votes?|stimmen|votos|voix)\\)$', '^(?:total voters|gesamtstimmen|total votes)\\b.{0,30}$'],
    reason: 'a poll\'s answers with their results ("Yes (52%, 317 Votes)") are a widget, not text',
  },
  {
    id: 'ui:listen',
    label: 'ui-label',
    match: 'regex',
    patterns: ['^(?:audio|video|podcast)\\s*:?\\s*\\d{1,3}(?::\\d{2})?\\s*min\\.?$', '^(?:video|audio) (?:abspielen|starten|anhören|ansehen)$', '^dieses thema im programm:?.{0,120}$', '^(?:listen to this (?:page|article|story|post)|artikel (?:vor)?lesen lassen|artikel anhören|écouter (?:cet |l.)?article|escuchar (?:este |el )?artículo)\\b.{0,40}$'],
    reason: 'a text-to-speech player\'s prompt ("Listen to this page using …") is a control, not text',
  },
  {
    id: 'ui:form',
    label: 'ui-label',
    match: 'regex',
    patterns: ['\\bctrl\\s*\\+\\s*enter\\b', '^字号[:：]?\\s*大\\s*中\\s*小$', '^ajouter à (?:vos|mes) sélections\\b.{0,60}$', '^offrir (?:cet |l\'|l’)article$', '^_{3,}[_\\s]*$', '^\\(?(?:button|submit|reset|image|iframe)\\)?(?:\\s+\\S.{0,40})?$', '^\\[(?:image|img|inline|iframe|embedded content|video|audio)[^\\]]*\\]$', '^\\[[^\\]\\s]{1,120}\\]$', '^\\[INS:.{0,40}:INS\\]$', '^(?:\\d+\\s*(?:min|minute|minutes|mins)\\s*(?:read|lesezeit|de lecture|de lectura))$', '^(?:reading time|lesezeit|temps de lecture|tiempo de lectura):?\\s*\\d+.{0,20}$', '^(?:\\d{1,2}:\\d{2})$', '^[\\p{P}\\p{S}\\s]+$'],
    reason: 'form fields, media placeholders, reading-time counters and symbol-only lines',
  },
  {
    id: 'ui:credit-prefix',
    label: 'credit',
    match: 'regex',
    patterns: ['^(?:photo|image|picture|photograph|illustration|video|graphic|foto|bild|imagen|fotografía)\\s*(?:credit|courtesy|source|by|:)\\s*:?\\s*.{2,80}$', '^(?:credit|credits|source|quelle|crédit|crédits|fuente)\\s*:\\s*.{2,80}$', '^(?:getty images|shutterstock|istock|alamy)(?:\\s*/\\s*.{1,40})?$'],
    reason: 'a line that is only a photo credit',
  },
];
