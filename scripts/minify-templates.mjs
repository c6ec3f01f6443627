// Rollup plugin: strips the layout whitespace and comments of the css`` and html`` templates of our
// sources (after TypeScript, which writes `css \``), so the bundles carry no indentation. Safe rules
// only: in CSS, comments go, runs of whitespace become one space, spaces after `:` `;` `,` and around
// `{` `}` go; in HTML, runs of whitespace become one space (our templates have no <pre>). Only the
// literal text of a template changes; its ${…} expressions, nested templates included, are scanned
// (strings, templates, braces) and rewritten by the same rules.

const css = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
const html = (text) => text.replace(/[ \t\r\n]+/g, ' ');

/**
 * Rewrites the template starting at `start` (just after its opening backtick) and returns
 * [rewritten text up to and including the closing backtick, index after it].
 */
function template(code, start, squeeze) {
  let out = '';
  let text = '';
  let i = start;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      text += code.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      return [out + squeeze(text) + '`', i + 1];
    } else if (c === '$' && code[i + 1] === '{') {
      const [expression, next] = expressionUntilBrace(code, i + 2);
      out += squeeze(text) + '${' + expression;
      text = '';
      i = next;
    } else {
      text += c;
      i++;
    }
  }
  throw new Error('minify-templates: unterminated template');
}

/** Scans a ${…} expression up to its closing brace; returns [expression rewritten with its closing brace, index after it]. */
function expressionUntilBrace(code, start) {
  let out = '';
  let depth = 0;
  let i = start;
  while (i < code.length) {
    const c = code[i];
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      out += code.slice(i, j + 1);
      i = j + 1;
    } else if (c === '`') {
      const tag = /\b(html|css)\s*$/.exec(out)?.[1];
      const [body, next] = template(code, i + 1, tag === 'css' ? css : tag === 'html' ? html : (t) => t);
      out += '`' + body;
      i = next;
    } else if (c === '{') {
      depth++;
      out += c;
      i++;
    } else if (c === '}') {
      if (depth === 0) return [out + '}', i + 1];
      depth--;
      out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  throw new Error('minify-templates: unterminated expression');
}

export function minifyTemplates(code) {
  let out = '';
  let i = 0;
  const tagged = /\b(html|css)\s*`/g;
  for (let match; (match = tagged.exec(code)); ) {
    const [body, next] = template(code, match.index + match[0].length, match[1] === 'css' ? css : html);
    out += code.slice(i, match.index) + match[1] + '`' + body;
    i = tagged.lastIndex = next;
  }
  return out + code.slice(i);
}

export function minifyTemplatesPlugin() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      const out = minifyTemplates(code);
      return out === code ? null : {code: out, map: null};
    },
  };
}
