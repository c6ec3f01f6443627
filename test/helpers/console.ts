/** Records console.warn calls (and still silences them) for the duration of a test. */
export function captureWarnings(): {messages: string[]; restore: () => void} {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {messages, restore: () => (console.warn = original)};
}
