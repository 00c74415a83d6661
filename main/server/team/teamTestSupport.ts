import { request } from 'node:http';
import type WebSocket from 'ws';
import type { HostEvent, HostResponse } from '../../../shared/api';
import { parseCommand } from '../../../shared/reducer';
import { CONCLUSIONS, PEOPLE, POINT_TITLES } from '../../../test/fixtures/corpus/sentences';
import type { CommandInput } from '../../../shared/testing/commandCases';
import { TEAM_JOIN_PATH, TEAM_WS_PATH, type TeamState } from '../../../shared/team/contract';
import type { TeamRole } from '../../../shared/team/roles';
import type { WsServerMessage } from '../../../shared/wsProtocol';
import { makeStaticFixture, TestClient } from '../testSupport';
import { addPhonePage } from '../phones/phoneTestSupport';
import { PhoneService } from '../phones/phoneService';
import { createTeamFakeHost, type TeamFakeHost } from './teamFakeHost';

export interface TeamFixture {
  host: TeamFakeHost;
  phones: PhoneService;
  staticDir: string;
  /** Every event the host broadcast (the facilitator's console sees these). */
  events: HostEvent[];
  dispatch(...commands: CommandInput[]): Promise<void>;
  /** Opens joining; the team panel as the console gets it, and the server's origin and port. */
  open(): Promise<{ team: TeamState; origin: string; port: number; phoneCode: string }>;
  done(): Promise<void>;
}

/** A meeting under way: two participants and a point being decided. */
export function decidingMeeting(): CommandInput[] {
  return [
    ...PEOPLE.slice(0, 2).map((person, k) => ({
      type: 'participant.add' as const,
      participant: { id: `p${k + 1}`, present: true, ...person },
    })),
    {
      type: 'agenda.add',
      point: {
        id: 'pt1',
        title: POINT_TITLES.proposal,
        purpose: 'decision',
        plannedMinutes: 30,
        presenter: PEOPLE[0]!.name,
      },
    },
    { type: 'point.start', id: 'pt1' },
    { type: 'conclusion.add', pointId: 'pt1', conclusion: { id: 'c1', text: CONCLUSIONS[0] } },
  ];
}

export async function startTeamFixture(): Promise<TeamFixture> {
  const statics = await makeStaticFixture();
  await addPhonePage(statics.root);
  const phones = new PhoneService({ staticDir: statics.root, hostname: '127.0.0.1', port: 0 });
  const host = createTeamFakeHost(phones);
  const events: HostEvent[] = [];
  host.subscribe((event) => events.push(event));
  return {
    host,
    phones,
    staticDir: statics.root,
    events,
    async dispatch(...commands) {
      for (const command of commands) await host.handlers.dispatch(parseCommand(command));
    },
    async open() {
      const join = await phones.handlers.openJoining(undefined);
      if (!join.url || !join.code) throw new Error(join.problem ?? 'Joining did not open');
      const team = await phones.handlers.getTeamState(undefined);
      const origin = new URL(join.url).origin;
      return { team, origin, port: Number(new URL(origin).port), phoneCode: join.code };
    },
    async done() {
      await host.close();
      await statics.done();
    },
  };
}

export interface Reply {
  status: number;
  body: unknown;
}

/** POST /team/join as the team page would (its own Origin unless told otherwise). */
export function postJoin(
  origin: string,
  body: unknown,
  headerOrigin: string | null = origin,
): Promise<Reply> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const url = new URL(TEAM_JOIN_PATH, origin);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
          ...(headerOrigin === null ? {} : { origin: headerOrigin }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = raw;
          try {
            parsed = JSON.parse(raw);
          } catch {
            // Plain text: kept as it came.
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** A team device over the team WebSocket: the server tests' client, and how it was closed. */
export class TeamClient {
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(private readonly inner: TestClient) {
    this.closed = new Promise((resolve) =>
      inner.ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  static async connect(origin: string, token: string, headerOrigin = origin): Promise<TeamClient> {
    const url = `${origin.replace(/^http/, 'ws')}${TEAM_WS_PATH}?token=${encodeURIComponent(token)}`;
    return new TeamClient(await TestClient.connect(url, headerOrigin));
  }

  get ws(): WebSocket {
    return this.inner.ws;
  }

  get messages(): WsServerMessage[] {
    return this.inner.messages;
  }

  until(predicate: (messages: WsServerMessage[]) => boolean, timeoutMs = 5000): Promise<void> {
    return this.inner.until(predicate, timeoutMs);
  }

  async request(name: string, payload?: unknown): Promise<HostResponse> {
    return (await this.inner.request(name, payload)).response;
  }

  events(): HostEvent[] {
    return this.inner.events();
  }

  close(): void {
    this.inner.close();
  }
}

/** Joins with the role's code and opens the device's socket. */
export async function joinTeam(
  origin: string,
  team: TeamState,
  role: TeamRole,
  name: string,
): Promise<{ client: TeamClient; token: string; deviceId: string }> {
  const reply = await postJoin(origin, { code: team.codes[role], name });
  if (reply.status !== 200) throw new Error(`join refused: ${JSON.stringify(reply.body)}`);
  const { token, deviceId } = reply.body as { token: string; deviceId: string };
  return { client: await TeamClient.connect(origin, token), token, deviceId };
}
