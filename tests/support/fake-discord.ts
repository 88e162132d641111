/**
 * A fake Discord on 127.0.0.1: the REST routes a bot uses and a gateway that speaks enough of the
 * protocol for the real discord.js client (HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats,
 * RESUME → RESUMED with replay). Tests push INTERACTION_CREATE / MESSAGE_CREATE dispatches, drop the
 * connection, script REST failures, and read every request the bot made.
 *
 * Shards: each IDENTIFY's `shard: [id, count]` opens that shard's session, as on Discord. A guild's
 * events go to shard (guild_id >> 22) % count and DMs to shard 0 (a test may name the shard instead),
 * so a bot running one shard sees every event, as before.
 *
 * Shapes follow ../shared/discord/NOTES.md §C (what discord.js 14.28 dereferences without guards).
 */
import { EventEmitter, once } from 'node:events';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';

export const API_VERSION = 10;
const DISCORD_EPOCH = 1_420_070_400_000n;

export type RecordedRequest = {
  readonly method: string;
  /** Path without the query, percent-decoded (`/api/v10/webhooks/1/t/messages/@original`). */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly authorization: string | null;
  /** Parsed JSON body, or null when there was none. */
  readonly body: unknown;
  /** The status the fake answered with. */
  readonly status: number;
  readonly at: number;
};

export type GatewayFrame = { readonly op: number; readonly d: unknown; readonly at: number };

export type ScriptedResponse = {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
};

export type FakeUser = { readonly id: string; readonly username: string; readonly bot?: boolean };

export type FakeDiscordOptions = {
  /** The token the fake accepts; anything else gets 401 on REST and close 4004 on IDENTIFY. */
  readonly token: string;
  /** The token the gateway accepts, when it should differ from REST's (a token reset mid-start). */
  readonly gatewayToken?: string;
  readonly applicationId?: string;
  readonly guildId?: string;
  /** Text channels of the guild (all cached by the client through GUILD_CREATE). */
  readonly channelIds?: readonly string[];
  /** Whether the MessageContent intent is "enabled in the portal"; if not, IDENTIFY with it gets 4014. */
  readonly messageContentAllowed?: boolean;
  /** Heartbeat interval sent in HELLO; long by default so tests are not timed by heartbeats. */
  readonly heartbeatIntervalMs?: number;
  /** The `shards` GET /gateway/bot recommends (what SHARD_COUNT=auto spawns). Default 1. */
  readonly recommendedShards?: number;
};

export type CommandOption = {
  readonly name: string;
  readonly type: number;
  readonly value?: string | number | boolean;
  readonly focused?: boolean;
};

export type InteractionParams = {
  readonly user?: FakeUser;
  readonly locale?: string;
  /** Send from a DM (no guild, `user` instead of `member`). */
  readonly dm?: boolean;
  readonly channelId?: string;
  /** Send from this guild instead of the fake's own (one the client has not cached). */
  readonly guildId?: string;
  /** Send on this shard's connection, whatever Discord's routing would choose. */
  readonly shard?: number;
  /** Pretend the interaction was created this long ago (its snowflake carries the time). */
  readonly ageMs?: number;
};

export type SentInteraction = {
  readonly id: string;
  readonly token: string;
  readonly callbackPath: string;
  /** The shard whose session carried it; null when that shard had not identified (nothing was sent). */
  readonly shard: number | null;
};

export type FakeDiscord = {
  /** For `rest: { api }`: `http://127.0.0.1:PORT/api`. */
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly applicationId: string;
  readonly guildId: string;
  readonly channelIds: readonly string[];
  readonly botUser: FakeUser;
  readonly requests: readonly RecordedRequest[];
  /** Frames the client sent on the gateway. */
  readonly gatewayFrames: readonly GatewayFrame[];
  readonly connections: () => number;
  /** The `shard` field of every IDENTIFY so far, in order (`[0, 1]` when a client sent none). */
  readonly identifiedShards: () => readonly ShardField[];
  /** The first request (at or after index `since`) matching `predicate`, waiting for it if need be. */
  readonly waitForRequest: (predicate: (request: RecordedRequest) => boolean, since?: number, timeoutMs?: number) => Promise<RecordedRequest>;
  readonly waitForGateway: (predicate: (frame: GatewayFrame) => boolean, since?: number, timeoutMs?: number) => Promise<GatewayFrame>;
  /** Answer the next request matching `predicate` with `response` instead of the usual. */
  readonly respondOnce: (predicate: (method: string, path: string) => boolean, response: ScriptedResponse) => void;
  /** Send a dispatch (op 0) to a shard (default 0) now, or queue it for replay after RESUME when it is disconnected. */
  readonly dispatch: (event: string, data: unknown, shard?: number) => void;
  readonly command: (name: string, options: readonly CommandOption[], params?: InteractionParams) => SentInteraction;
  readonly autocomplete: (name: string, options: readonly CommandOption[], params?: InteractionParams) => SentInteraction;
  readonly button: (customId: string, message: { readonly id: string; readonly flags?: number }, params?: InteractionParams) => SentInteraction;
  /** Push a MESSAGE_CREATE; returns the message id. */
  readonly message: (params: MessageParams) => string;
  /** Ask a shard's client (default 0) for a heartbeat now (op 1), as Discord may. */
  readonly requestHeartbeat: (shard?: number) => void;
  /** Close a shard's (default 0) gateway socket (`code` given: a close frame; otherwise the TCP connection just dies). */
  readonly dropConnection: (code?: number, shard?: number) => Promise<void>;
  readonly close: () => Promise<void>;
};

export type MessageParams = {
  readonly content: string;
  readonly author?: FakeUser;
  readonly channelId?: string;
  readonly dm?: boolean;
  readonly mentions?: readonly FakeUser[];
  readonly mentionEveryone?: boolean;
};

export const DEFAULT_USER: FakeUser = { id: '300000000000000001', username: 'alice' };

/** `[shard id, shard count]`, as IDENTIFY and READY carry it. */
export type ShardField = readonly [number, number];

/** The shard Discord sends a guild's events to. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A guild id (a plausible snowflake) whose events Discord sends to `shard` of `shardCount`. */
export function guildIdOnShard(shard: number, shardCount: number): string {
  const timestamp = BigInt(Date.now()) - DISCORD_EPOCH;
  const count = BigInt(shardCount);
  return (((timestamp - (timestamp % count) + BigInt(shard)) << 22n) | 1n).toString();
}

let sequence = 0n;
/** A snowflake whose timestamp is `ageMs` in the past; unique within the process. */
export function snowflake(ageMs = 0): string {
  sequence = (sequence + 1n) & 0xfffn;
  return (((BigInt(Date.now() - ageMs) - DISCORD_EPOCH) << 22n) | sequence).toString();
}

export async function startFakeDiscord(options: FakeDiscordOptions): Promise<FakeDiscord> {
  const applicationId = options.applicationId ?? '100000000000000001';
  const guildId = options.guildId ?? '200000000000000001';
  const channelIds = options.channelIds ?? ['400000000000000001', '400000000000000002'];
  const botUser: FakeUser = { id: applicationId, username: 'g60-bot', bot: true };
  const heartbeatInterval = options.heartbeatIntervalMs ?? 45_000;

  const events = new EventEmitter();
  events.setMaxListeners(0);
  const requests: RecordedRequest[] = [];
  const gatewayFrames: GatewayFrame[] = [];
  const scripted: { predicate: (method: string, path: string) => boolean; response: ScriptedResponse }[] = [];
  const dmChannels = new Map<string, string>();

  /** The live session of each shard, by shard id: its socket (null while disconnected) and every dispatch, for replay on RESUME. */
  type Session = { readonly id: string; ws: WebSocket | null; seq: number; readonly sent: { s: number; t: string; d: unknown }[] };
  const sessions = new Map<number, Session>();
  /** The shard count of the latest IDENTIFY: how Discord routes guild events now. */
  let shardCount = 1;
  const identified: ShardField[] = [];
  let connectionCount = 0;

  const server: Server = createServer((req, res) => {
    void handleHttp(req, res);
  });
  const wss = new WebSocketServer({ server });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const gatewayUrl = `ws://127.0.0.1:${port}`;

  // ------------------------------------------------------------------------------------------
  // REST

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', base);
    const path = decodeURIComponent(url.pathname);
    const method = req.method ?? 'GET';
    let body: unknown = null;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const authorization = req.headers.authorization ?? null;
    const response = route(method, path, authorization, body, url.searchParams);
    const request: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      authorization,
      body,
      status: response.status,
      at: Date.now(),
    };
    requests.push(request);
    // A 204 must not claim JSON, or undici tries to parse the empty body (NOTES §C.1).
    const headers: Record<string, string> = { ...(response.headers ?? {}) };
    if (response.body !== undefined) headers['content-type'] = 'application/json';
    res.writeHead(response.status, headers);
    res.end(response.body === undefined ? undefined : JSON.stringify(response.body));
    events.emit('request', request);
  }

  function route(method: string, path: string, authorization: string | null, body: unknown, query: URLSearchParams): ScriptedResponse {
    const scriptIndex = scripted.findIndex((entry) => entry.predicate(method, path));
    if (scriptIndex >= 0) {
      const [entry] = scripted.splice(scriptIndex, 1);
      if (entry !== undefined) return entry.response;
    }
    const prefix = `/api/v${API_VERSION}`;
    if (!path.startsWith(prefix)) return notFound();
    const rest = path.slice(prefix.length);
    const authorized = authorization === `Bot ${options.token}`;
    const unauthorized: ScriptedResponse = { status: 401, body: { message: '401: Unauthorized', code: 0 } };

    // Interaction callbacks and webhooks are authorized by their token in the path, not the header.
    let match = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(rest);
    if (match !== null && method === 'POST') {
      return query.get('with_response') === 'true'
        ? { status: 200, body: { interaction: { id: match[1], type: 2 }, resource: null } }
        : { status: 204 };
    }
    match = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/.exec(rest);
    if (match !== null) {
      if (method === 'DELETE') return { status: 204 };
      return { status: 200, body: messageObject(match[3] === '@original' ? snowflake() : (match[3] ?? snowflake()), channelIds[0] ?? '0', body, true) };
    }
    match = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(rest);
    if (match !== null && method === 'POST') return { status: 200, body: messageObject(snowflake(), channelIds[0] ?? '0', body, true) };

    if (!authorized) return unauthorized;
    if (rest === '/gateway/bot' && method === 'GET') {
      return {
        status: 200,
        body: { url: gatewayUrl, shards: options.recommendedShards ?? 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } },
      };
    }
    if (rest === '/users/@me' && method === 'GET') return { status: 200, body: userObject(botUser) };
    if (rest === '/applications/@me' && method === 'GET') {
      return { status: 200, body: { id: applicationId, name: botUser.username, description: '', bot_public: true, bot_require_code_grant: false, flags: 0 } };
    }
    match = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(rest);
    if (match !== null && method === 'PUT') {
      const list = Array.isArray(body) ? body : [];
      return {
        status: 200,
        body: list.map((command: unknown) => ({
          ...(typeof command === 'object' && command !== null ? command : {}),
          id: snowflake(),
          application_id: applicationId,
          version: snowflake(),
          ...(match?.[2] === undefined ? {} : { guild_id: match[2] }),
        })),
      };
    }
    match = /^\/channels\/(\d+)\/messages$/.exec(rest);
    if (match !== null && method === 'POST') return { status: 200, body: messageObject(snowflake(), match[1] ?? '0', body, false) };
    match = /^\/channels\/(\d+)\/typing$/.exec(rest);
    if (match !== null && method === 'POST') return { status: 204 };
    return notFound();
  }

  function notFound(): ScriptedResponse {
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  function messageObject(id: string, channelId: string, body: unknown, webhook: boolean): Record<string, unknown> {
    const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const reference = fields['message_reference'];
    return {
      id,
      channel_id: channelId,
      type: reference === undefined ? 0 : 19,
      content: typeof fields['content'] === 'string' ? fields['content'] : '',
      author: userObject(botUser),
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: Array.isArray(fields['embeds']) ? fields['embeds'] : [],
      components: Array.isArray(fields['components']) ? fields['components'] : [],
      pinned: false,
      flags: typeof fields['flags'] === 'number' ? fields['flags'] : 0,
      ...(webhook ? { webhook_id: applicationId, application_id: applicationId } : {}),
      ...(reference === undefined ? {} : { message_reference: reference }),
    };
  }

  // ------------------------------------------------------------------------------------------
  // Gateway

  wss.on('connection', (ws) => {
    connectionCount += 1;
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { op: number; d: unknown };
      const recorded: GatewayFrame = { op: frame.op, d: frame.d, at: Date.now() };
      gatewayFrames.push(recorded);
      onFrame(ws, frame);
      events.emit('frame', recorded);
    });
    ws.on('close', () => {
      for (const session of sessions.values()) if (session.ws === ws) session.ws = null;
    });
    send(ws, { op: 10, d: { heartbeat_interval: heartbeatInterval } });
  });

  function send(ws: WebSocket, payload: unknown): void {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
  }

  function onFrame(ws: WebSocket, frame: { op: number; d: unknown }): void {
    const d = (typeof frame.d === 'object' && frame.d !== null ? frame.d : {}) as Record<string, unknown>;
    switch (frame.op) {
      case 1:
        send(ws, { op: 11 });
        return;
      case 2: {
        if (d['token'] !== (options.gatewayToken ?? options.token)) {
          ws.close(4004, 'Authentication failed.');
          return;
        }
        const intents = Number(d['intents'] ?? 0);
        if ((intents & (1 << 15)) !== 0 && options.messageContentAllowed === false) {
          ws.close(4014, 'Disallowed intent(s).');
          return;
        }
        const shard = shardField(d['shard']);
        if (shard === null) {
          ws.close(4010, 'Invalid shard.');
          return;
        }
        identified.push(shard);
        const [id, count] = shard;
        shardCount = count;
        const session: Session = { id: `session-${snowflake()}`, ws, seq: 0, sent: [] };
        sessions.set(id, session);
        const ownsGuild = shardOf(guildId, count) === id;
        dispatchTo(session, 'READY', {
          v: API_VERSION,
          user: userObject(botUser),
          guilds: ownsGuild ? [{ id: guildId, unavailable: true }] : [],
          session_id: session.id,
          resume_gateway_url: gatewayUrl,
          shard,
          application: { id: applicationId, flags: 0 },
        });
        if (ownsGuild) dispatchTo(session, 'GUILD_CREATE', guildObject());
        return;
      }
      case 6: {
        if (d['token'] !== (options.gatewayToken ?? options.token)) {
          ws.close(4004, 'Authentication failed.');
          return;
        }
        const session = [...sessions.values()].find((candidate) => candidate.id === d['session_id']);
        if (session === undefined) {
          send(ws, { op: 9, d: false });
          return;
        }
        session.ws = ws;
        const after = Number(d['seq'] ?? 0);
        for (const missed of session.sent.filter((event) => event.s > after)) send(ws, { op: 0, ...missed });
        dispatchTo(session, 'RESUMED', {});
        return;
      }
      default:
        return;
    }
  }

  /** Records the dispatch for replay, and sends it if the shard is connected; dropped when it never identified. */
  function dispatchTo(session: Session | undefined, event: string, data: unknown): void {
    if (session === undefined) return;
    session.seq += 1;
    const entry = { s: session.seq, t: event, d: data };
    session.sent.push(entry);
    if (session.ws !== null) send(session.ws, { op: 0, ...entry });
  }

  /** Discord's routing: a guild's events to its shard, DMs to shard 0; `shard` overrides it. */
  function shardFor(shard: number | undefined, guild: string | null): number {
    return shard ?? (guild === null ? 0 : shardOf(guild, shardCount));
  }

  /** IDENTIFY's `shard`: absent means `[0, 1]`; anything but `[id < count, count >= 1]` is invalid. */
  function shardField(value: unknown): ShardField | null {
    if (value === undefined) return [0, 1];
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [id, count] = value as unknown[];
    if (!Number.isInteger(id) || !Number.isInteger(count)) return null;
    const shard: ShardField = [Number(id), Number(count)];
    return shard[0] >= 0 && shard[0] < shard[1] ? shard : null;
  }

  function guildObject(): Record<string, unknown> {
    return {
      id: guildId,
      name: 'G60 test guild',
      icon: null,
      owner_id: DEFAULT_USER.id,
      preferred_locale: 'zh-CN',
      features: [],
      member_count: 2,
      large: false,
      unavailable: false,
      joined_at: new Date().toISOString(),
      roles: [
        { id: guildId, name: '@everyone', permissions: '2248473465835073', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
      ],
      channels: channelIds.map((id, position) => ({
        id,
        type: 0,
        guild_id: guildId,
        name: `channel-${position}`,
        position,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
      })),
      threads: [],
      members: [],
      presences: [],
      voice_states: [],
      emojis: [],
      stickers: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ------------------------------------------------------------------------------------------
  // Test-facing helpers

  function interactionEnvelope(type: number, data: Record<string, unknown>, params: InteractionParams): Omit<SentInteraction, 'shard'> & { payload: Record<string, unknown> } {
    const user = params.user ?? DEFAULT_USER;
    const id = snowflake(params.ageMs ?? 0);
    const token = `itoken-${id}`;
    const dm = params.dm === true;
    const guild = params.guildId ?? guildId;
    const channelId = dm ? dmChannelOf(user) : (params.channelId ?? channelIds[0] ?? '0');
    const payload: Record<string, unknown> = {
      id,
      application_id: applicationId,
      type,
      token,
      version: 1,
      channel: dm ? { id: channelId, type: 1, recipients: [userObject(user)] } : { id: channelId, type: 0, guild_id: guild },
      channel_id: channelId,
      app_permissions: '2248473465835073',
      locale: params.locale ?? 'en-US',
      entitlements: [],
      authorizing_integration_owners: dm ? { '0': '0' } : { '0': guild },
      context: dm ? 1 : 0,
      attachment_size_limit: 10_485_760,
      data,
      ...(dm
        ? { user: userObject(user) }
        : {
            guild_id: guild,
            guild_locale: 'zh-CN',
            member: { user: userObject(user), roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions: '2248473465835073' },
          }),
    };
    return { id, token, callbackPath: `/api/v${API_VERSION}/interactions/${id}/${token}/callback`, payload };
  }

  function sendInteraction(
    type: number,
    data: Record<string, unknown>,
    params: InteractionParams,
    extra: (channelId: string) => Record<string, unknown> = () => ({}),
  ): SentInteraction {
    const { payload, ...sentInteraction } = interactionEnvelope(type, data, params);
    const shard = shardFor(params.shard, params.dm === true ? null : String(payload['guild_id']));
    const session = sessions.get(shard);
    dispatchTo(session, 'INTERACTION_CREATE', { ...payload, ...extra(String(payload['channel_id'])) });
    return { ...sentInteraction, shard: session === undefined ? null : shard };
  }

  function commandData(name: string, options: readonly CommandOption[]): Record<string, unknown> {
    const users = options.filter((option) => option.type === 6 && typeof option.value === 'string');
    return {
      id: snowflake(),
      name,
      type: 1,
      options,
      ...(users.length === 0
        ? {}
        : { resolved: { users: Object.fromEntries(users.map((option) => [String(option.value), userObject({ id: String(option.value), username: `user-${String(option.value).slice(-4)}` })])) } }),
    };
  }

  function dmChannelOf(user: FakeUser): string {
    let id = dmChannels.get(user.id);
    if (id === undefined) {
      id = snowflake();
      dmChannels.set(user.id, id);
    }
    return id;
  }

  function waitFor<T>(
    list: readonly T[],
    event: string,
    predicate: (item: T) => boolean,
    since: number,
    timeoutMs: number,
    what: string,
  ): Promise<T> {
    const found = list.slice(since).find(predicate);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        events.off(event, listener);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const listener = (item: T) => {
        if (!predicate(item)) return;
        clearTimeout(timer);
        events.off(event, listener);
        resolve(item);
      };
      events.on(event, listener);
    });
  }

  return {
    apiUrl: `${base}/api`,
    gatewayUrl,
    applicationId,
    guildId,
    channelIds,
    botUser,
    requests,
    gatewayFrames,
    connections: () => connectionCount,
    identifiedShards: () => [...identified],
    waitForRequest: (predicate, since = 0, timeoutMs = 10_000) => waitFor(requests, 'request', predicate, since, timeoutMs, 'a REST request'),
    waitForGateway: (predicate, since = 0, timeoutMs = 10_000) => waitFor(gatewayFrames, 'frame', predicate, since, timeoutMs, 'a gateway frame'),
    respondOnce: (predicate, response) => {
      scripted.push({ predicate, response });
    },
    dispatch: (event, data, shard = 0) => dispatchTo(sessions.get(shard), event, data),
    command: (name, options, params = {}) => sendInteraction(2, commandData(name, options), params),
    autocomplete: (name, options, params = {}) => sendInteraction(4, commandData(name, options), params),
    button: (customId, message, params = {}) =>
      sendInteraction(3, { custom_id: customId, component_type: 2 }, params, (channelId) => ({
        message: messageObject(message.id, channelId, { flags: message.flags ?? 0 }, true),
      })),
    message: (params) => {
      const author = params.author ?? DEFAULT_USER;
      const dm = params.dm === true;
      const id = snowflake();
      dispatchTo(sessions.get(shardFor(undefined, dm ? null : guildId)), 'MESSAGE_CREATE', {
        id,
        channel_id: dm ? dmChannelOf(author) : (params.channelId ?? channelIds[0]),
        // discord.js 14.28 builds an uncached DM channel from this; without it the DM is dropped.
        channel_type: dm ? 1 : 0,
        ...(dm
          ? {}
          : {
              guild_id: guildId,
              member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
            }),
        author: userObject(author),
        content: params.content,
        mentions: (params.mentions ?? []).map(userObject),
        mention_roles: [],
        mention_everyone: params.mentionEveryone ?? false,
        attachments: [],
        embeds: [],
        components: [],
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        pinned: false,
        type: 0,
        flags: 0,
      });
      return id;
    },
    requestHeartbeat: (shard = 0) => {
      const current = sessions.get(shard)?.ws ?? null;
      if (current !== null) send(current, { op: 1, d: null });
    },
    dropConnection: async (code, shard = 0) => {
      const current = sessions.get(shard)?.ws ?? null;
      if (current === null) return;
      const closed = once(current, 'close');
      if (code === undefined) current.terminate();
      else current.close(code, 'dropped by test');
      await closed;
    },
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function userObject(user: FakeUser): Record<string, unknown> {
  return { id: user.id, username: user.username, discriminator: '0', global_name: user.username, avatar: null, bot: user.bot ?? false };
}
