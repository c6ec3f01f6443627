import fc from 'fast-check';
import type {AttributeKind, AttributeSpec} from './widgets.js';

/**
 * Random values for attributes: what a webmaster's typo, a CMS, a copy-paste or an attacker could
 * put there. Every markup payload carries the marker `data-pp-injected` (or is a `<pp-injected>`
 * element) and calls `__ppPwned()`, so that checks.ts can tell whether any of it became DOM or ran.
 */

export const INJECTIONS: readonly string[] = [
  '<img src=x onerror=__ppPwned(1) data-pp-injected>',
  '"><img src=x onerror=__ppPwned(2) data-pp-injected>',
  "'><svg onload=__ppPwned(3) data-pp-injected></svg>",
  '<script data-pp-injected>__ppPwned(4)</script>',
  '</p></li></ol><pp-injected></pp-injected>',
  '<iframe data-pp-injected src="javascript:__ppPwned(5)"></iframe>',
  '<a href="javascript:__ppPwned(6)" data-pp-injected>lien</a>',
  '<style data-pp-injected>:host{display:none}</style>',
  '<template><img src=x onerror=__ppPwned(7) data-pp-injected></template>',
  '<math><mi xlink:href="javascript:__ppPwned(8)" data-pp-injected>x</mi></math>',
  '<details open ontoggle=__ppPwned(9) data-pp-injected>',
  '<input autofocus onfocus=__ppPwned(10) data-pp-injected>',
  '<object data-pp-injected data="javascript:__ppPwned(11)"></object>',
  '<body onload=__ppPwned(12) data-pp-injected>',
  '2021<img src=x onerror=__ppPwned(13) data-pp-injected>',
  '2024-03-15"><img src=x onerror=__ppPwned(14) data-pp-injected>',
  'https://example.org/"><img src=x onerror=__ppPwned(15) data-pp-injected>',
  'javascript:__ppPwned(16)',
  'JaVaScRiPt:__ppPwned(17)',
  ' javascript:__ppPwned(18)',
  'java\tscript:__ppPwned(19)',
  '\u0000javascript:__ppPwned(20)',
  'javascript&colon;__ppPwned(21)',
  'data:text/html,<script>__ppPwned(22)</script>',
  'data:text/html;base64,PHNjcmlwdD5fX3BwUHduZWQoMjMpPC9zY3JpcHQ+',
  'vbscript:msgbox(24)',
  '${__ppPwned(25)}',
  '{{constructor.constructor("__ppPwned(26)")()}}',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?lit$1234$>',
  'lit$123456$',
  '<!--?lit$123456$-->',
  '&lt;img src=x onerror=__ppPwned(27) data-pp-injected&gt;',
  '\u202e2026\u202c',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];

/** Numbers written every way, and things that look like numbers. */
const NUMBERISH: readonly string[] = [
  'NaN', 'Infinity', '-Infinity', '-0', '0', '00', '0x7E8', '0b11111101000', '1e3', '2.026e3', '2e400', '-1e-400',
  '２０２６', '٢٠٢٦', '२०२६', '2026.', '.5', '+2026', '00002026', ' 2026 ', '20 26', '1_000', '1,5', '1.000.000',
  '−2026', '2026\u00a0', '\u200b2026', '9'.repeat(400), '-' + '9'.repeat(30), '1/3', '2⁰²⁶', 'Ⅻ', '0.1+0.2',
];

const BLANKS: readonly string[] = ['', ' ', '\t\n\r', '\u00a0', '\u200b', '\u3000', '\ufeff', '\n'.repeat(50)];

/** Large values: a pasted document, a runaway template. */
const huge = fc
  .tuple(fc.constantFrom('9', '<', 'é', '🏤', ' ', 'a', '\u0301', '2026-', '<img src=x onerror=__ppPwned(30) data-pp-injected>'), fc.integer({min: 1_000, max: 200_000}))
  .map(([unit, times]) => unit.repeat(Math.max(1, Math.floor(times / unit.length))));

const anyString = fc.oneof(
  fc.string({unit: 'binary', maxLength: 60}),
  fc.string({unit: 'grapheme', maxLength: 60}),
  fc.string({unit: 'binary-ascii', maxLength: 60}),
);

const numberText = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.integer({min: -3000, max: 3000}).map(String),
  fc.constantFrom(...NUMBERISH),
);

const yearText = fc.oneof(fc.integer({min: 1000, max: 9999}).map(String), fc.tuple(fc.integer({min: 2000, max: 2040}), fc.constantFrom('', ' ', '.0', '-01', 'a', '\u0000')).map(([y, suffix]) => `${y}${suffix}`), numberText);

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');
const dateText = fc.oneof(
  fc.date({noInvalidDate: true, min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31))}).chain((d) =>
    fc.constantFrom(d.toISOString(), d.toISOString().slice(0, 10), d.toISOString().slice(0, 7), d.toISOString().slice(0, 4), d.toUTCString(), d.toLocaleDateString('fr-FR')),
  ),
  fc.tuple(fc.integer({min: -1, max: 10000}), fc.integer({min: -1, max: 99}), fc.integer({min: -1, max: 99})).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.constantFrom('2026-02-29', '2024-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '0000-01-01', '9999-12-31', '2026-1-5', '2026/11/27', '27/11/2026', '2026-11-27T25:61', '2026-11-27T12:00:00+99:00', '2026-11-27 ', 'today', 'now', '2026-W48'),
);

const webish = fc.oneof(
  fc.webUrl({withQueryParameters: true, withFragments: true}),
  fc.constantFrom(
    'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:,x', 'vbscript:x', 'file:///etc/passwd', 'ftp://example.org/', 'blob:https://example.org/x',
    'mailto:mairie@example.org', 'tel:+33100000000', '//evil.example/', 'http://', 'https://[::1', 'https://exa mple.org', '\\\\evil\\share',
    '/../../etc', '?q=1', '#ancre', 'https://example.org/%00', 'https://例え.テスト/', 'https://example.org/' + 'a'.repeat(5000),
  ),
);

function keywordish(keywords: readonly string[] = []) {
  const keyword = keywords.length ? fc.constantFrom(...keywords) : fc.constant('auto');
  return fc.oneof(
    keyword.chain((k) => fc.mixedCase(fc.constant(k))),
    fc.tuple(keyword, fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '-', ',', '"', ';')).map(([k, p]) => `${p}${k}${p}`),
    fc.tuple(keyword, keyword).map(([a, b]) => `${a} ${b}`),
    keyword.map((k) => k.slice(0, -1)),
    keyword.map((k) => `${k}e`),
  );
}

/** Values shaped for one kind of attribute (near misses of the valid form). */
function shaped(kind: AttributeKind, spec: AttributeSpec) {
  switch (kind) {
    case 'year':
      return yearText;
    case 'number':
      return numberText;
    case 'date':
      return dateText;
    case 'url':
      return webish;
    case 'enum':
      return keywordish(spec.keywords);
    case 'boolean':
    case 'text':
      return anyString;
  }
}

/** The random string values for one attribute: valid samples, near misses, markup, blanks, numbers, huge. */
export function attributeValues(spec: AttributeSpec): fc.Arbitrary<string> {
  const injection = fc.constantFrom(...INJECTIONS);
  return fc.oneof(
    {arbitrary: fc.constantFrom(...(spec.valid.length ? spec.valid : [''])), weight: 2},
    {arbitrary: shaped(spec.kind, spec), weight: 6},
    {arbitrary: injection, weight: 4},
    {arbitrary: fc.tuple(anyString, injection, anyString).map((parts) => parts.join('')), weight: 2},
    {arbitrary: fc.tuple(fc.constantFrom(...(spec.valid.length ? spec.valid : [''])), injection).map(([v, i]) => v + i), weight: 2},
    {arbitrary: anyString, weight: 3},
    {arbitrary: numberText, weight: 2},
    {arbitrary: fc.constantFrom(...BLANKS), weight: 1},
    {arbitrary: huge, weight: 1},
  );
}

/** Property values of other types than string: what JavaScript callers pass (`el.year = 2024`, `el.from = undefined`). */
export const otherPropertyValues: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.integer({min: 1990, max: 2040}),
  fc.constantFrom(null, undefined, 0, -0, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER),
);

/** Every way a value reaches a widget. */
export type Channel = 'attribute' | 'property';
export const channels = fc.constantFrom<Channel>('attribute', 'property');
