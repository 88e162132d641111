import type { Engine, Topic } from '../core/engine-types.js';
import type { BoundedMap } from './bounded-map.js';
import type { Log } from './log.js';
import type { RateLimiter } from './rate-limit.js';

/**
 * What every handler may use. Built once by `startBot`; handlers receive it as an argument, so a
 * test can call one with a fake engine and no Discord at all.
 */
export type BotContext = {
  readonly engine: Engine;
  readonly log: Log;
  readonly limiter: RateLimiter;
  /** Questions too long for a button's custom_id, by key. */
  readonly questions: BoundedMap<string>;
  /** The last topic per `channel:user`, so that "那湖州呢？" follows the question before it. */
  readonly topics: BoundedMap<Topic>;
};

/**
 * The raw options of a command, by name: strings, booleans, and user options as user ids. Each
 * command validates them with its own zod schema.
 */
export type RawOptions = Readonly<Record<string, string | number | boolean | undefined>>;

/** An interaction reduced to what a handler needs. */
export type CommandInput = {
  readonly options: RawOptions;
  /** The user's Discord locale (`zh-CN`, `en-US`, ...). */
  readonly locale: string;
  readonly userId: string;
  readonly channelId: string | null;
};
