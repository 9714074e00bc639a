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
