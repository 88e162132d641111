/**
 * Prepares the dictionary on a thread of its own (see `prepareDictionaryInBackground`): sends its
 * words, hears which of them the corpus writes, and sends back the corpus's share, whose typed
 * arrays move rather than copy.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { dictionaryWords, shareFor } from '../core/dictionary-data.js';
import { loadDictionary, type CorpusMessage, type WorkerMessage } from './dictionary.js';
import { errorMessage } from './error-message.js';

function serve(port: MessagePort): void {
  const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  try {
    const prepared = loadDictionary();
    const words = dictionaryWords(prepared);
    port.once('message', (message: CorpusMessage) => {
      try {
        const written = new Set(words.filter((_, i) => message.inCorpus[i] === 1));
        const share = shareFor(prepared, (word) => written.has(word));
        send({ kind: 'share', share }, ownBuffers(share));
      } catch (error) {
        send({ kind: 'failed', problem: errorMessage(error) });
      }
    });
    send({ kind: 'words', words });
  } catch (error) {
    send({ kind: 'failed', problem: errorMessage(error) });
  }
}

/** The buffers of the typed arrays in a value that have a buffer of their own (a view would take its whole buffer along). */
function ownBuffers(value: unknown, found: ArrayBuffer[] = []): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.byteOffset === 0 && value.byteLength === value.buffer.byteLength && !found.includes(value.buffer as ArrayBuffer)) found.push(value.buffer as ArrayBuffer);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) ownBuffers(item, found);
  }
  return found;
}

if (parentPort !== null) serve(parentPort);
