import type { Writable } from 'node:stream';

/**
 * A reader that stops early (`| head`) closes the pipe: that ends the output, with exit code 0,
 * not in an unhandled EPIPE and a stack trace. Any other write error still throws.
 */
export function endQuietlyOnClosedPipe(stream: Writable): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}
