/**
 * CSS text from a template literal, as Lit's `css` but without its CSSResult wrapper: the widgets'
 * styles are our own constants (interpolated values are other fragments or numbers, never input),
 * and ReactiveBase turns each class's styles into one adopted stylesheet (strict-CSP safe).
 */
export const css = (strings: TemplateStringsArray, ...values: Array<string | number>): string =>
  strings.reduce((text, part, i) => text + values[i - 1] + part);
