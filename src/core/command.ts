/**
 * A line typed at the terminal read into the same request the slash commands build, so that the
 * terminal chat and Discord answer alike: `/city 湖州` is `/city name:湖州`, plain text is `/ask`.
 */
export type Command =
  | { readonly kind: 'ask'; readonly question: string }
  | { readonly kind: 'city'; readonly name: string }
  | { readonly kind: 'figure'; readonly query: string }
  | { readonly kind: 'about' }
  | { readonly kind: 'help' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'unknown'; readonly name: string };

export function parseCommand(line: string): Command {
  const text = line.trim();
  if (text === '') return { kind: 'empty' };
  if (!text.startsWith('/')) return { kind: 'ask', question: text };
  const [head = '', ...rest] = text.slice(1).split(/\s+/u);
  const argument = rest.join(' ').trim();
  switch (head.toLowerCase()) {
    case 'ask':
      return argument === '' ? { kind: 'empty' } : { kind: 'ask', question: argument };
    case 'city':
      return { kind: 'city', name: argument };
    case 'figure':
      return { kind: 'figure', query: argument };
    case 'about':
      return { kind: 'about' };
    case 'help':
    case '?':
      return { kind: 'help' };
    case 'quit':
    case 'exit':
    case 'q':
      return { kind: 'quit' };
    default:
      return { kind: 'unknown', name: head };
  }
}
