/**
 * A one-line status for slow starts ("Preparing the corpus: indexing…"), rewritten in place on a
 * terminal and cleared when done. Off a terminal it writes nothing, so piped output and logs stay
 * clean.
 */
export type ProgressLine = {
  readonly update: (message: string) => void;
  readonly done: () => void;
};

type Stream = { readonly isTTY?: boolean; write(text: string): unknown };

export function progressLine(stream: Stream): ProgressLine {
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  let shown = false;
  return {
    update: (message) => {
      stream.write(`\r\x1b[2KPreparing the corpus: ${message}…`);
      shown = true;
    },
    done: () => {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
