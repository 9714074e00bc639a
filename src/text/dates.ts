/** Dates as news pages write them → ISO 8601 (a day, or a timestamp when the page gives one). */
import { MINUTES, READING_TIME } from '../rules/boilerplate.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januar: 1, janvier: 1, enero: 1, gennaio: 1, janeiro: 1, januari: 1, jänner: 1,
  feb: 2, february: 2, februar: 2, février: 2, fevrier: 2, febrero: 2, febbraio: 2, fevereiro: 2, februari: 2,
  mar: 3, march: 3, märz: 3, maerz: 3, mars: 3, marzo: 3, março: 3, maart: 3,
  apr: 4, april: 4, avril: 4, abril: 4, aprile: 4,
  may: 5, mai: 5, mayo: 5, maggio: 5, maio: 5, mei: 5,
  jun: 6, june: 6, juni: 6, juin: 6, junio: 6, giugno: 6, junho: 6,
  jul: 7, july: 7, juli: 7, juillet: 7, julio: 7, luglio: 7, julho: 7,
  aug: 8, august: 8, août: 8, aout: 8, agosto: 8, augustus: 8,
  sep: 9, sept: 9, september: 9, septembre: 9, septiembre: 9, settembre: 9, setembro: 9,
  oct: 10, october: 10, oktober: 10, octobre: 10, octubre: 10, ottobre: 10, outubro: 10,
  nov: 11, november: 11, novembre: 11, noviembre: 11, novembro: 11,
  dec: 12, december: 12, dezember: 12, décembre: 12, decembre: 12, diciembre: 12, dicembre: 12, dezembro: 12,
  // Swedish, Danish and Norwegian where they differ from the above.
  maj: 5, augusti: 8, marts: 3, desember: 12,
  // Polish and Russian, in the genitive that dates use ("5 marca 2025", "5 марта 2025").
  stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, września: 9, października: 10, listopada: 11, grudnia: 12,
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10, ноября: 11, декабря: 12,
};
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
/**
 * A year ends at a word boundary, or runs straight into a time (a text dump glues the two spans:
 * "20249:05 PM") or into the next date (a CMS prints the updated date right after the published
 * one: "3. März 20254. März 2025", "March 3, 2025March 4, 2025").
 */
const YEAR_END = '(?:\\b|(?=\\d{1,2}:\\d{2})|(?=\\d{1,2}\\.\\s?\\p{L})|(?=\\p{Lu}))';
const MDY_RE = new RegExp(`\\b(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${YEAR_END}`, 'iu');
const DMY_RE = new RegExp(`\\b(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?:de\\s+)?(${MONTH_ALT})\\.?,?\\s+(?:de\\s+)?(\\d{4})${YEAR_END}`, 'iu');
const NUMERIC_DMY_RE = new RegExp(`\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${YEAR_END}`, 'u');
/** Year-first dates with dots or slashes: 2024.11.08, 2024/11/08. */
const YMD_RE = /\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b/;
/** Chinese, Japanese and Korean dates: 2024年5月12日, 2024년 5월 12일. */
const CJK_DATE_RE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A month and day with no year, either way round: "October 9", "29. Februar". */
const DAY_MONTH_RE = new RegExp(`\\b(?:(?:${MONTH_ALT})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:\\.|er|st|nd|rd|th)?\\s+(?:de\\s+)?(?:${MONTH_ALT}))\\b`, 'giu');

/** Day formats after ISO, in order of preference, with the order of their capture groups. */
const DAY_FORMATS: ReadonlyArray<[RegExp, ReadonlyArray<'y' | 'm' | 'd'>]> = [
  [MDY_RE, ['m', 'd', 'y']], // March 3, 2025
  [DMY_RE, ['d', 'm', 'y']], // 3 March 2025, 18. März 2024, 2 de mayo de 2024
  [YMD_RE, ['y', 'm', 'd']], // 2024.11.08
  [CJK_DATE_RE, ['y', 'm', 'd']], // 2024年5月12日
  [NUMERIC_DMY_RE, ['d', 'm', 'y']], // 18.03.2024
];

/** Every date and time pattern here needs an ASCII digit (\d is [0-9], with the u flag too). */
const DIGIT_RE = /[0-9]/;
/** Every date pattern of parseDate needs a four-digit year. */
const YEAR_DIGITS_RE = /[0-9]{4}/;

/** The first date in a string, as ISO 8601, or null. */
export function parseDate(text: string): string | null {
  if (!YEAR_DIGITS_RE.test(text)) return null; // cheap reject: most blocks tested have no year
  const iso = ISO_RE.exec(text);
  if (iso) {
    const [, y, m, d, hh, mm, ss, tz] = iso;
    if (!validDay(Number(y), Number(m), Number(d))) return null;
    // A time past 23:59 (a typo, a counter) is no time: the day is still good.
    if (hh === undefined || Number(hh) > 23 || Number(mm) > 59 || (ss !== undefined && Number(ss.slice(0, 2)) > 59)) return `${y}-${m}-${d}`;
    const zone = tz === undefined ? '' : tz === 'Z' ? 'Z' : tz.includes(':') ? tz : `${tz.slice(0, 3)}:${tz.slice(3)}`;
    return `${y}-${m}-${d}T${hh}:${mm}${ss ? `:${ss}` : ''}${zone}`;
  }
  for (const [re, order] of DAY_FORMATS) {
    const m = re.exec(text);
    if (!m) continue;
    const part = (k: 'y' | 'm' | 'd'): number => {
      const v = m[order.indexOf(k) + 1]!;
      return k === 'm' && !/^\d+$/.test(v) ? (MONTHS[v.toLowerCase()] ?? 0) : Number(v);
    };
    const [y, mo, d] = [part('y'), part('m'), part('d')];
    if (validDay(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  return null;
}

/** A clock time right after a date: ", 2:24 pm", " à 18:42", " um 9:05 Uhr", " at 10.30". */
const TRAILING_TIME_RE = /^,?\s*(?:(?:at|à|um|a las|alle|às|-|–|—|\|)\s*)?\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h))?(?:\s*[A-Z]{2,4}T)?/iu;

/**
 * Where the first date of `text` (within its first `limit` characters) ends, with a clock time
 * that follows it; -1 when there is none. For cutting a byline line ("By Jane Roe, March 3,
 * 2025 9:05 pm") off the text a dump glued after it.
 */
export function dateSpanEnd(text: string, limit: number): number {
  const head = text.slice(0, limit);
  if (!YEAR_DIGITS_RE.test(head)) return -1;
  let end = -1;
  const iso = ISO_RE.exec(head);
  if (iso) end = iso.index + iso[0].length;
  else {
    for (const [re] of DAY_FORMATS) {
      const m = re.exec(head);
      if (m) {
        end = m.index + m[0].length;
        break;
      }
    }
  }
  if (end < 0) return -1;
  const time = TRAILING_TIME_RE.exec(text.slice(end, end + 40));
  return time ? end + time[0].length : end;
}

/** What joins a date to the furniture printed beside it on one line ("18. Februar 2025 · 9 Minuten Lesezeit · 7 Kommentare"). */
const STAMP_SEPARATOR_RE = /\s[·•|]\s/u;
/** Furniture printed beside a date: a reading time, a comment, view or share count, an author's user name after "by". */
const STAMP_EXTRA_RE = new RegExp(`^(?:${READING_TIME}|${MINUTES}|(?:\\d[\\d.,]*\\s*[km]?\\s*)?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|views?|aufrufe|vues|shares?|likes?)|(?:by|von|par|por|di|door|av|af)\\s+\\S+)$`, 'iu');
/** A reading time beside a date ("Nov 3, 2024 • 4 min read"). */
const READING_TIME_G = new RegExp(`\\b${READING_TIME}\\b`, 'giu');

/** The date patterns, global: a stamp may hold two dates ("Publicerad 5 mars 2025 … Uppdaterad 5 mars 2025 …"). */
const ISO_RE_G = new RegExp(ISO_RE.source, 'g');
const MDY_RE_G = new RegExp(MDY_RE.source, 'giu');
const DMY_RE_G = new RegExp(DMY_RE.source, 'giu');
const NUMERIC_DMY_RE_G = new RegExp(NUMERIC_DMY_RE.source, 'gu');
const CJK_DATE_RE_G = new RegExp(CJK_DATE_RE.source, 'gu');

/** A short line that is mostly a date or time stamp ("Updated 3:45 PM EST, March 3, 2025"). */
export function isDateLine(text: string): boolean {
  if (text.length > 120 || !DIGIT_RE.test(text)) return false;
  // A stamp with furniture beside it: the date part alone decides, when every other part is furniture.
  if (STAMP_SEPARATOR_RE.test(text)) {
    const parts = text.split(STAMP_SEPARATOR_RE).map((p) => p.trim());
    const dated = parts.filter((p) => isDateLine(p));
    if (dated.length >= 1 && parts.every((p) => dated.includes(p) || STAMP_EXTRA_RE.test(p))) return true;
  }
  if (!parseDate(text) && !/\b\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\b/i.test(text)) return false;
  const rest = text
    .replace(ISO_RE_G, '')
    .replace(MDY_RE_G, '')
    .replace(DMY_RE_G, '')
    .replace(NUMERIC_DMY_RE_G, '')
    .replace(CJK_DATE_RE_G, '')
    .replace(new RegExp(YMD_RE.source, 'g'), '')
    .replace(DAY_MONTH_RE, '') // a day without its year, as "Updated" stamps print it ("Updated October 9 at 11:20 AM")
    .replace(/\d{1,2}\s*[時시]\s*\d{1,2}\s*[分분]/gu, '')
    .replace(READING_TIME_G, '') // "Nov 3, 2024 • 4 min read"
    .replace(/(?<!\p{L})(?:by|von|par|por|av|af)\s+\p{Ll}[\p{Ll}\d_.-]{1,30}$/u, '') // a user name after the date ("Posted on March 3, 2025 by admin")
    .replace(/\bkl\.?\s*\d{1,2}[.:]\d{2}/gi, '') // a Scandinavian clock time ("kl. 14.20")
    .replace(/(?:来源|來源|出处|出處|출처)\s*[:：]\s*[^\s：:]{1,20}/gu, '') // a Chinese or Korean stamp's source ("来源：江南日报")
    .replace(/\b\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?/gi, '')
    .replace(/(?<!\p{L})(?:updated|published|posted|last updated|modified|on|at|am|um|uhr|le|el|à|de|del|aktualisiert|veröffentlicht|geändert|publié|publiée|modifié|modifiée|publicado|actualizado|modificado|atualizado|mis à jour|pubblicato|aggiornato|il|alle|ore|gepubliceerd|bijgewerkt|om|op|publicerad|publiceret|publisert|uppdaterad|opdateret|oppdatert|kl|opublikowano|aktualizacja|опубликовано|обновлено|[a-z]{2,4}t|utc|gmt|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?!\p{L})\.?/giu, '')
    .replace(/[\s,.:|/–—-]+/g, '');
  return rest.length <= 6;
}
