import { createInterface } from 'node:readline';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Engine, Topic } from '../core/engine-types.js';
import { openEngine } from '../corpus/open-engine.js';
import { answerJson, cityJson, figureJson } from '../render/json.js';
import { renderAnswerText, renderCityText, renderFiguresText } from '../render/terminal.js';
import { endQuietlyOnClosedPipe } from '../closed-pipe.js';

/**
 * The scriptable interface of eval/public/README.md. stdout carries only the results (JSON with
 * --json, one per line); anything else goes to stderr.
 *   ask [--json] "<question>" | ask --json --stdin [--conversation]
 *   city [--json] "<name>"
 *   figures [--json] <file>
 *   --corpus <dir> anywhere (default: corpus)
 *   --cache-dir <dir> for the prebuilt engine (default: .cache; "off" builds every time)
 */
const USAGE =
  'usage: cli <ask|city|figures> [--json] [--stdin] [--conversation] [--corpus <dir>] [--cache-dir <dir>|off] <argument>';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    stdin: { type: 'boolean', default: false },
    conversation: { type: 'boolean', default: false },
    corpus: { type: 'string', default: 'corpus' },
    'cache-dir': { type: 'string', default: '.cache' },
  },
});
const [command, ...rest] = positionals;
const argument = rest.join(' ');

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function engineOrExit(): Promise<Engine> {
  const cacheDir = values['cache-dir'] === 'off' ? null : values['cache-dir'];
  const opened = await openEngine(values.corpus, { cacheDir });
  if (opened.kind === 'error') fail(opened.message);
  return opened.engine;
}

endQuietlyOnClosedPipe(process.stdout);

const print = (value: unknown) => process.stdout.write(`${typeof value === 'string' ? value : JSON.stringify(value)}\n`);

switch (command) {
  case 'ask': {
    const engine = await engineOrExit();
    if (!values.stdin) {
      if (argument.trim() === '') fail(USAGE);
      const answer = engine.ask(argument);
      print(values.json ? answerJson(answer) : renderAnswerText(answer, { color: false }));
      break;
    }
    // One question a line; with --conversation the lines are one conversation and a blank line
    // starts the next.
    let topic: Topic | null = null;
    for await (const line of createInterface({ input: process.stdin, terminal: false })) {
      if (line.trim() === '') {
        topic = null;
        if (values.conversation) continue;
      }
      const answer = engine.ask(line, values.conversation ? topic : null);
      topic = engine.topicOf(answer) ?? topic;
      print(values.json ? answerJson(answer) : renderAnswerText(answer, { color: false }));
    }
    break;
  }
  case 'city': {
    if (argument.trim() === '') fail(USAGE);
    const engine = await engineOrExit();
    const report = engine.city(argument);
    print(values.json ? cityJson(report) : renderCityText(argument, report, { color: false }));
    break;
  }
  case 'figures': {
    if (argument.trim() === '') fail(USAGE);
    // Parsers are loaded for this command only, so that `ask` starts fast.
    const [{ parseDocument }, { extractFigures }, { loadGazetteer, readText }, { withTextPlaces }, { loadDictionaryPlaces }] = await Promise.all([
      import('../core/document.js'),
      import('../core/figures/extract.js'),
      import('../corpus/load.js'),
      import('../core/places.js'),
      import('../corpus/dictionary.js'),
    ]);
    const gazetteer = await loadGazetteer(values.corpus);
    if (gazetteer.kind === 'error') fail(`${gazetteer.file}: ${gazetteer.problem}`);
    const read = await readText(argument);
    if (read.kind === 'error') fail(`${argument}: ${read.problem}`);
    const parsed = parseDocument(basename(argument, extname(argument)), read.text);
    const text = parsed.kind === 'ok' ? parsed.document.body : read.text;
    const date = parsed.kind === 'ok' ? parsed.document.meta.date : null;
    const figures = extractFigures({ text, date, gazetteer: withTextPlaces(gazetteer.gazetteer, loadDictionaryPlaces(), text) });
    print(
      values.json
        ? figures.map(figureJson)
        : renderFiguresText(argument, figures.map((figure) => ({ figure, doc: basename(argument), paragraph: 0, score: 1 }))),
    );
    break;
  }
  default:
    fail(USAGE);
}
