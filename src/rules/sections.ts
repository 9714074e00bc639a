/**
 * Common section names of news sites (breadcrumb words). They let the segmenter split a header
 * line where inline breadcrumbs were glued to the headline ("OpinionThe case for…"), and they
 * mark a short header block as a section label.
 */
export const SECTION_NAMES: string[] = [
  // English
  'News', 'World', 'World News', 'US', 'U.S.', 'UK', 'Europe', 'Asia', 'Africa', 'Americas', 'Middle East', 'Australia', 'Politics', 'Opinion',
  'Opinions', 'Editorial', 'Editorials', 'Commentary', 'Analysis', 'Business', 'Economy', 'Markets', 'Finance', 'Money', 'Tech', 'Technology',
  'Science', 'Health', 'Wellness', 'Climate', 'Environment', 'Sport', 'Sports', 'Football', 'Soccer', 'Culture', 'Arts', 'Books',
  'Entertainment', 'Music', 'Film', 'Movies', 'TV', 'Television', 'Lifestyle', 'Life', 'Style', 'Fashion', 'Food', 'Travel', 'Education',
  'Local', 'Metro', 'National', 'International', 'Nation', 'Weather', 'Obituaries', 'Features', 'Investigations', 'Review', 'Reviews',
  'Video', 'Podcasts', 'Blog', 'Blogs', 'Letters', 'Society', 'Media', 'Law', 'Crime', 'Real Estate', 'Autos', 'Cars', 'Gaming',
  // German
  'Nachrichten', 'Politik', 'Wirtschaft', 'Meinung', 'Kultur', 'Wissen', 'Wissenschaft', 'Gesellschaft', 'Panorama', 'Ausland', 'Inland',
  'Digital', 'Reise', 'Gesundheit', 'Leben', 'Regional', 'Lokales', 'Finanzen', 'Kommentar',
  // French
  'Actualités', 'Actualité', 'Monde', 'Politique', 'Économie', 'Economie', 'Société', 'Culture', 'Idées', 'Débats', 'Sciences', 'Santé',
  'Planète', 'International', 'France', 'Tribune', 'Éditorial',
  // Spanish
  'Noticias', 'Mundo', 'Internacional', 'Política', 'Economía', 'Opinión', 'Sociedad', 'Cultura', 'Deportes', 'Ciencia', 'Salud',
  'Tecnología', 'España', 'Nacional', 'Espectáculos',
];

/** The home page as a trail's first crumb ("Home › News › Local"): where the trail starts, not a section. */
export const HOME_CRUMBS: ReadonlySet<string> = new Set(['home', 'homepage', 'startseite', 'hauptseite', 'accueil', 'inicio', 'portada', 'start', 'news', 'home page', 'главная', '首页', '首頁', 'ホーム', 'トップ', 'トップページ', '홈']);

/** A label printed in front of a trail ("You are here: Home › News"): it names the trail, it is not a crumb. */
export const TRAIL_LABELS: readonly string[] = ['you are here', 'sie sind hier', 'vous êtes ici', 'usted está aquí', 'estás aquí', 'está aquí', 'ti trovi in', 'u bent hier', 'jesteś tutaj', 'вы здесь', '您的位置', '当前位置', '現在位置', '現在の位置'];

/** A trail's last crumb that stands for the page itself ("首页 > 科技 > 正文": "main text", "article"), not a section. */
export const CURRENT_PAGE_CRUMBS: ReadonlySet<string> = new Set(['正文', '本文', '内文', '內文', '記事', '文章', '기사']);

/** class/id tokens of a site menu: a section name listed in one is a menu entry, not the article's section. */
export const MENU_TOKENS: ReadonlySet<string> = new Set(['menu', 'menuitem', 'submenu', 'nav', 'navbar', 'navigation', 'topnav', 'subnav', 'mainnav', 'dropdown']);

/** class/id tokens of a breadcrumb trail: they win over the menu tokens of a header around it. */
export const CRUMB_TOKENS: ReadonlySet<string> = new Set(['breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'trail']);
