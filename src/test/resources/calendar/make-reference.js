// Writes solar-hijri-reference.tsv: the 30 source dates of CalendarReferenceTest, each as every
// target language writes it on every profile. The Solar Hijri side comes from jalaali-js 2.0.1
// (npm, MIT; Borkowski's algorithm, https://github.com/jalaali/jalaali-js), not from ICU, which
// Tarjuma uses: the test holds ICU to this independent source. The month names are the lists of
// src/main/resources/calendar/months.properties, copied here by hand so that a change there shows.
//
//   npm install jalaali-js@2.0.1 && node make-reference.js > solar-hijri-reference.tsv
const { toJalaali } = require('jalaali-js');

const GREGORIAN = {
  ur: 'جنوری،فروری،مارچ،اپریل،مئی،جون،جولائی،اگست،ستمبر،اکتوبر،نومبر،دسمبر',
  ps: 'جنوري،فبروري،مارچ،اپریل،مۍ،جون،جولای،اګست،سېپتمبر،اکتوبر،نومبر،دسمبر',
  prs: 'جنوری،فبروری،مارچ،اپریل،می،جون،جولای،اگست،سپتمبر،اکتوبر،نومبر،دسمبر',
};
const SOLAR = {
  ur: 'حمل،ثور،جوزا،سرطان،اسد،سنبلہ،میزان،عقرب،قوس،جدی،دلو،حوت',
  ps: 'وری،غویی،غبرګولی،چنګاښ،زمری،وږی،تله،لړم،لیندۍ،مرغومی،سلواغه،کب',
  prs: 'حمل،ثور،جوزا،سرطان،اسد،سنبله،میزان،عقرب،قوس،جدی،دلو،حوت',
};

// source text, first day, last day (empty for one day; "month" for a month of a year), year given
const DATES = [
  ['October 12', '2025-10-12', '', false],
  ['Oct. 12, 2025', '2025-10-12', '', true],
  ['12 October 2025', '2025-10-12', '', true],
  ['in August 2021', '2021-08', 'month', true],
  ['October 12–14, 2025', '2025-10-12', '2025-10-14', true],
  ['12 to 14 October 2025', '2025-10-12', '2025-10-14', true],
  ['October 30 – November 2, 2025', '2025-10-30', '2025-11-02', true],
  ['March 20, 2025', '2025-03-20', '', true],
  ['March 21, 2025', '2025-03-21', '', true],
  ['March 20, 2024', '2024-03-20', '', true],
  ['February 29, 2024', '2024-02-29', '', true],
  ['December 31, 2024', '2024-12-31', '', true],
  ['January 1, 2025', '2025-01-01', '', true],
  ['the 15th of August 2021', '2021-08-15', '', true],
  ['September 11, 2001', '2001-09-11', '', true],
  ['April 14, 2021', '2021-04-14', '', true],
  ['July 4, 2023', '2023-07-04', '', true],
  ['June 30, 2022', '2022-06-30', '', true],
  ['November 5, 2024', '2024-11-05', '', true],
  ['September 22, 2025', '2025-09-22', '', true],
  ['September 23, 2025', '2025-09-23', '', true],
  ['December 21, 2025', '2025-12-21', '', true],
  ['December 22, 2025', '2025-12-22', '', true],
  ['May 1', '2025-05-01', '', false],
  ['Feb. 14, 2026', '2026-02-14', '', true],
  ['March 18–23, 2026', '2026-03-18', '2026-03-23', true],
  ['December 30, 2024 – January 2, 2025', '2024-12-30', '2025-01-02', true],
  ['in March 2022', '2022-03', 'month', true],
  ['1 January 2000', '2000-01-01', '', true],
  ['August 19, 2021', '2021-08-19', '', true],
];

const parse = (iso) => iso.split('-').map(Number);
const solar = ([y, m, d]) => { const j = toJalaali(y, m, d); return [j.jy, j.jm, j.jd]; };
const name = (names, lang, m) => names[lang].split('،')[m - 1];
// Urdu writes the first of a month یکم (یکم اکتوبر), as Pakistani papers do.
const first = (lang, d) => (d === 1 && lang === 'ur' ? 'یکم' : `${d}`);
const day = (names, lang, [y, m, d], year) => `${first(lang, d)} ${name(names, lang, m)}` + (year ? ` ${y}` : '');
function span(names, lang, a, b, year) {
  if (!b) return day(names, lang, a, year);
  if (a[0] !== b[0]) return `${day(names, lang, a, true)} – ${day(names, lang, b, true)}`;
  if (a[1] !== b[1]) return `${day(names, lang, a, false)} – ${day(names, lang, b, year)}`;
  return `${a[2]}–${day(names, lang, b, year)}`;
}
const eastern = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(0x06f0 + Number(c)));

console.log(['source', 'lang', 'calendar', 'digits', 'solar-hijri', 'expected'].join('\t'));
for (const [source, first, last, year] of DATES) {
  for (const lang of ['ur', 'ps', 'prs']) {
    for (const calendar of ['gregorian', 'solar-hijri', 'both']) {
      for (const digits of ['latin', 'eastern']) {
        let text;
        let sh = '';
        if (last === 'month') {
          const [y, m] = parse(first);
          text = `${name(GREGORIAN, lang, m)} ${y}`;
        } else {
          const a = parse(first);
          const b = last ? parse(last) : null;
          const sa = solar(a);
          const sb = b ? solar(b) : null;
          sh = sa.join('-') + (sb ? '/' + sb.join('-') : '');
          const g = span(GREGORIAN, lang, a, b, year);
          const s = span(SOLAR, lang, sa, sb, year);
          text = calendar === 'gregorian' ? g : calendar === 'solar-hijri' ? s : `${s} (${g})`;
        }
        console.log([source, lang, calendar, digits, sh, digits === 'eastern' ? eastern(text) : text].join('\t'));
      }
    }
  }
}
