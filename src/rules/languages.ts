/**
 * Language names as each language writes its own (endonyms). A line that lists several of them
 * is a site's language picker, not text.
 */
export const LANGUAGE_ENDONYMS: string[] = [
  'English', 'Deutsch', 'Français', 'Español', 'Italiano', 'Português', 'Nederlands', 'Polski', 'Русский', 'Українська', 'Türkçe',
  'Svenska', 'Dansk', 'Norsk', 'Suomi', 'Čeština', 'Slovenčina', 'Slovenščina', 'Magyar', 'Română', 'Български', 'Hrvatski', 'Srpski',
  'Ελληνικά', 'Eesti', 'Latviešu', 'Lietuvių', 'Català', 'Galego', 'Euskara', 'Afrikaans', 'Asturianu', 'Azərbaycanca', 'Беларуская',
  'Bahasa Indonesia', 'Bahasa Melayu', 'Tiếng Việt', 'ไทย', 'Filipino', 'Kiswahili', 'العربية', 'عربي', 'فارسی', 'עברית', 'हिन्दी',
  'বাংলা', 'தமிழ்', '日本語', '中文', '简体中文', '繁體中文', '한국어', 'Esperanto', 'Íslenska', 'Gaeilge', 'Cymraeg',
];
