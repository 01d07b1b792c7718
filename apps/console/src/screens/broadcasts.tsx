import { FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { errorText } from '../errors';
import { graphql } from '../gql';
import type { BroadcastAudienceInput, BroadcastState } from '../gql/graphql';

const PAGE_SIZE = 20;

const Broadcasts = graphql(`
  query Broadcasts($first: Int!, $after: String) {
    broadcasts(first: $first, after: $after) {
      nodes {
        id
        name
        state
        botId
        scheduledAt
        createdAt
        stats {
          audience
          sent
          failed
          queued
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const ComposeChoices = graphql(`
  query ComposeChoices {
    bots(first: 100) {
      nodes {
        id
        name
        username
      }
    }
    segments(first: 100) {
      nodes {
        id
        name
        count
      }
    }
  }
`);

const BroadcastDetail = graphql(`
  query BroadcastDetail($id: ID!) {
    broadcast(id: $id) {
      id
      name
      state
      botId
      text
      parseMode
      photo
      paid
      scheduledAt
      startedAt
      finishedAt
      estimate {
        recipients
        durationSeconds
        sendRate
        paid
        stars
      }
      stats {
        audience
        skipped
        queued
        sent
        failed
        clicked
        cancelled
      }
      progress {
        percent
        sentPerSecond
        eta
      }
      deliveries(first: 20) {
        nodes {
          contactId
          chatId
          status
          error
          skipReason
          sentAt
        }
      }
    }
  }
`);

const BroadcastProgress = graphql(`
  subscription BroadcastProgress($id: ID!) {
    broadcastProgress(id: $id) {
      broadcastId
      state
      stats {
        audience
        skipped
        queued
        sent
        failed
        clicked
        cancelled
      }
      progress {
        percent
        sentPerSecond
        eta
      }
    }
  }
`);

const CreateBroadcast = graphql(`
  mutation CreateBroadcast($input: CreateBroadcastInput!) {
    createBroadcast(input: $input) {
      id
      name
      state
    }
  }
`);

const LaunchBroadcast = graphql(`
  mutation LaunchBroadcast($id: ID!, $scheduledAt: DateTime) {
    launchBroadcast(id: $id, scheduledAt: $scheduledAt) {
      id
      state
      scheduledAt
    }
  }
`);

const PauseBroadcast = graphql(`
  mutation PauseBroadcast($id: ID!) {
    pauseBroadcast(id: $id) {
      id
      state
    }
  }
`);

const ResumeBroadcast = graphql(`
  mutation ResumeBroadcast($id: ID!) {
    resumeBroadcast(id: $id) {
      id
      state
    }
  }
`);

const CancelBroadcast = graphql(`
  mutation CancelBroadcast($id: ID!) {
    cancelBroadcast(id: $id) {
      id
      state
    }
  }
`);

const FINISHED: BroadcastState[] = ['COMPLETED', 'CANCELLED'];
const PAUSED: BroadcastState[] = ['PAUSED', 'PAUSED_DAILY_LIMIT'];

const formatDuration = (seconds: number) =>
  seconds < 60 ? `${Math.ceil(seconds)} s` : seconds < 3600 ? `${Math.ceil(seconds / 60)} min` : `${(seconds / 3600).toFixed(1)} h`;

/** The tenant's broadcasts, newest first; compose one, then launch it and follow its progress. */
export function BroadcastsScreen() {
  const [openId, setOpenId] = useState<string | null>(null);
  const [composing, setComposing] = useState(false);
  // Bumped when the open broadcast changes state, so the list shows it too.
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  return (
    <>
      <h1>Broadcasts</h1>
      <button type="button" aria-expanded={composing} onClick={() => setComposing(!composing)}>
        Compose a broadcast
      </button>
      {composing && (
        <ComposeForm
          onCreated={(id) => {
            setComposing(false);
            setOpenId(id);
          }}
        />
      )}
      {openId && <BroadcastView key={openId} id={openId} onClose={() => setOpenId(null)} onStateChanged={changed} />}
      <BroadcastList openId={openId} onOpen={setOpenId} version={version} />
    </>
  );
}

function BroadcastList({ openId, onOpen, version }: { openId: string | null; onOpen: (id: string) => void; version: number }) {
  // Cursors of the pages before this one: the API pages forward only.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  // Read again after any change to a broadcast, even when this page held none.
  const context = useMemo(() => ({ additionalTypenames: ['Broadcast'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: Broadcasts, variables: { first: PAGE_SIZE, after }, requestPolicy: 'cache-and-network', context });
  const [choices] = useQuery({ query: ComposeChoices });
  useEffect(() => {
    if (version) refetch({ requestPolicy: 'network-only' });
  }, [version, refetch]);
  const botName = (id: string) => choices.data?.bots.nodes.find((bot) => bot.id === id)?.name ?? id;
  const page = data?.broadcasts;
  return (
    <section aria-labelledby="broadcast-list">
      <h2 id="broadcast-list">All broadcasts</h2>
      {error && <p role="alert">{errorText(error)}</p>}
      {fetching && !data && <p>Loading…</p>}
      {page && page.nodes.length === 0 && <p>No broadcasts yet.</p>}
      {page && page.nodes.length > 0 && (
        <table>
          <caption>Broadcasts, newest first (page {cursors.length})</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">State</th>
              <th scope="col">Bot</th>
              <th scope="col">Audience</th>
              <th scope="col">Sent</th>
              <th scope="col">Failed</th>
              <th scope="col">Queued</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {page.nodes.map((broadcast) => (
              <tr key={broadcast.id}>
                <td>{broadcast.name}</td>
                <td>
                  {broadcast.state}
                  {broadcast.state === 'SCHEDULED' && broadcast.scheduledAt && ` for ${new Date(broadcast.scheduledAt).toLocaleString()}`}
                </td>
                <td>{botName(broadcast.botId)}</td>
                <td>{broadcast.stats.audience}</td>
                <td>{broadcast.stats.sent}</td>
                <td>{broadcast.stats.failed}</td>
                <td>{broadcast.stats.queued}</td>
                <td>
                  <button type="button" onClick={() => onOpen(broadcast.id)} aria-pressed={openId === broadcast.id}>
                    Open {broadcast.name}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="pager">
        <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          Previous page
        </button>
        <button type="button" disabled={!page?.pageInfo.hasNextPage} onClick={() => page?.pageInfo.endCursor && setCursors([...cursors, page.pageInfo.endCursor])}>
          Next page
        </button>
      </div>
    </section>
  );
}

type AudienceKind = 'segment' | 'all' | 'contacts';

function ComposeForm({ onCreated }: { onCreated: (id: string) => void }) {
  const [{ data: choices, error: choicesError }] = useQuery({ query: ComposeChoices });
  const [name, setName] = useState('');
  const [botId, setBotId] = useState('');
  const [text, setText] = useState('');
  const [parseMode, setParseMode] = useState('');
  const [photo, setPhoto] = useState('');
  const [audienceKind, setAudienceKind] = useState<AudienceKind>('all');
  const [segmentId, setSegmentId] = useState('');
  const [contactIds, setContactIds] = useState('');
  const [created, createBroadcast] = useMutation(CreateBroadcast);

  const bots = choices?.bots.nodes ?? [];
  const segments = choices?.segments.nodes ?? [];
  const chosenBot = botId || bots[0]?.id || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const audience: BroadcastAudienceInput =
      audienceKind === 'segment'
        ? { segmentId: segmentId || segments[0]?.id }
        : audienceKind === 'all'
          ? { allContacts: true }
          : { contactIds: contactIds.split(/[\s,]+/).filter(Boolean) };
    const answer = await createBroadcast({
      input: { name, botId: chosenBot, text, parseMode: parseMode || null, photo: photo || null, audience },
    });
    if (answer.data) onCreated(answer.data.createBroadcast.id);
  };

  return (
    <form onSubmit={submit} aria-labelledby="compose-heading">
      <h2 id="compose-heading">New broadcast</h2>
      {choicesError && <p role="alert">{errorText(choicesError)}</p>}
      <label>
        Name
        <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Bot
        <select required value={chosenBot} onChange={(e) => setBotId(e.target.value)}>
          {bots.length === 0 && <option value="">No bots: register one first</option>}
          {bots.map((bot) => (
            <option key={bot.id} value={bot.id}>
              {bot.name} (@{bot.username})
            </option>
          ))}
        </select>
      </label>
      <label>
        Text
        <textarea required maxLength={4096} rows={4} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="text-help" />
      </label>
      <small id="text-help">Merge fields like {'{{first_name|there}}'} are filled per contact; with a photo, the text is its caption (at most 1024 characters).</small>
      <label>
        Parse mode
        <select value={parseMode} onChange={(e) => setParseMode(e.target.value)}>
          <option value="">Plain text</option>
          <option value="HTML">HTML</option>
          <option value="MarkdownV2">MarkdownV2</option>
          <option value="Markdown">Markdown</option>
        </select>
      </label>
      <label>
        Photo URL (optional)
        <input type="url" value={photo} onChange={(e) => setPhoto(e.target.value)} />
      </label>
      <fieldset>
        <legend>Audience</legend>
        <label className="check">
          <input type="radio" name="audience" checked={audienceKind === 'all'} onChange={() => setAudienceKind('all')} />
          All contacts of the bot
        </label>
        <label className="check">
          <input type="radio" name="audience" checked={audienceKind === 'segment'} onChange={() => setAudienceKind('segment')} disabled={segments.length === 0} />
          A segment
        </label>
        {audienceKind === 'segment' && (
          <label>
            Segment
            <select required value={segmentId || segments[0]?.id || ''} onChange={(e) => setSegmentId(e.target.value)}>
              {segments.map((segment) => (
                <option key={segment.id} value={segment.id}>
                  {segment.name} ({segment.count} contacts)
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="check">
          <input type="radio" name="audience" checked={audienceKind === 'contacts'} onChange={() => setAudienceKind('contacts')} />
          A list of contacts
        </label>
        {audienceKind === 'contacts' && (
          <label>
            Contact ids (separated by spaces, commas or lines)
            <textarea required rows={3} value={contactIds} onChange={(e) => setContactIds(e.target.value)} />
          </label>
        )}
      </fieldset>
      <button type="submit" disabled={created.fetching || !chosenBot}>
        Create draft
      </button>
      {created.error && <p role="alert">{errorText(created.error)}</p>}
    </form>
  );
}

/** One broadcast: its estimate before launch, then its live counts from broadcastProgress. */
function BroadcastView({ id, onClose, onStateChanged }: { id: string; onClose: () => void; onStateChanged: () => void }) {
  const [{ data, error }, refetch] = useQuery({ query: BroadcastDetail, variables: { id }, requestPolicy: 'cache-and-network' });
  const [live] = useSubscription({ query: BroadcastProgress, variables: { id } });
  const [scheduledAt, setScheduledAt] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const [launched, launch] = useMutation(LaunchBroadcast);
  const [paused, pause] = useMutation(PauseBroadcast);
  const [resumed, resume] = useMutation(ResumeBroadcast);
  const [cancelled, cancel] = useMutation(CancelBroadcast);

  const update = live.data?.broadcastProgress;
  const updateKey = update ? `${update.state}:${update.stats.sent}:${update.stats.failed}:${update.stats.queued}` : '';
  // Each update moves the deliveries too: read them again.
  useEffect(() => {
    if (updateKey) refetch({ requestPolicy: 'network-only' });
  }, [updateKey, refetch]);

  const liveState = update?.state;
  useEffect(() => {
    if (liveState) onStateChanged();
  }, [liveState, onStateChanged]);

  const broadcast = data?.broadcast;
  if (error) return <p role="alert">{errorText(error)}</p>;
  if (!broadcast) return data ? <p role="alert">There is no such broadcast.</p> : <p>Loading…</p>;

  const state = update?.state ?? broadcast.state;
  const stats = update?.stats ?? broadcast.stats;
  const progress = update?.progress ?? broadcast.progress;
  const busy = launched.fetching || paused.fetching || resumed.fetching || cancelled.fetching;
  const mutationError = [launched, paused, resumed, cancelled].find((result) => result.error)?.error;

  const act = async (run: () => Promise<{ data?: { [key: string]: { state: string } } | null; error?: unknown }>, done: string) => {
    setOutcome(null);
    const answer = await run();
    const result = answer.data && Object.values(answer.data)[0];
    if (result) setOutcome(`${done}: ${result.state}`);
    refetch({ requestPolicy: 'network-only' });
    onStateChanged();
  };

  const onSchedule = (event: FormEvent) => {
    event.preventDefault();
    void act(() => launch({ id, scheduledAt: new Date(scheduledAt).toISOString() }), 'Scheduled');
  };

  return (
    <section className="broadcast" aria-labelledby="broadcast-heading">
      <header>
        <h2 id="broadcast-heading">{broadcast.name}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <p>
        State: <strong data-testid="broadcast-state">{state}</strong>
        {state === 'SCHEDULED' && broadcast.scheduledAt && ` for ${new Date(broadcast.scheduledAt).toLocaleString()}`}
      </p>
      {live.error && <p role="alert">Live updates stopped: {errorText(live.error)}</p>}
      <blockquote className="preview">
        {broadcast.photo && <p>Photo: {broadcast.photo}</p>}
        <p>{broadcast.text}</p>
        {broadcast.parseMode && <small>Parse mode: {broadcast.parseMode}</small>}
      </blockquote>

      {(state === 'DRAFT' || state === 'SCHEDULED') && (
        <dl className="figures" aria-label="Estimate">
          <dt>Recipients</dt>
          <dd>{broadcast.estimate.recipients}</dd>
          <dt>Duration</dt>
          <dd>
            {formatDuration(broadcast.estimate.durationSeconds)} at {broadcast.estimate.sendRate}
          </dd>
          {broadcast.estimate.paid && (
            <>
              <dt>Stars at most</dt>
              <dd>{broadcast.estimate.stars ?? 0}</dd>
            </>
          )}
        </dl>
      )}

      {(state === 'DRAFT' || state === 'SCHEDULED') && (
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => void act(() => launch({ id }), 'Launched')}>
            Launch now
          </button>
          <form onSubmit={onSchedule} className="inline">
            <label>
              Start at
              <input type="datetime-local" required value={scheduledAt} onChange={(e) => setScheduledAt(e.target.value)} />
            </label>
            <button type="submit" disabled={busy}>
              Schedule
            </button>
          </form>
        </div>
      )}

      {state !== 'DRAFT' && (
        <>
          <dl className="figures" aria-label="Progress">
            <dt>Sent</dt>
            <dd data-testid="sent-count">{stats.sent}</dd>
            <dt>Failed</dt>
            <dd>{stats.failed}</dd>
            <dt>Clicked</dt>
            <dd>{stats.clicked}</dd>
            <dt>Queued</dt>
            <dd>{stats.queued}</dd>
            <dt>Skipped</dt>
            <dd>{stats.skipped}</dd>
            <dt>Rate</dt>
            <dd>{progress.sentPerSecond.toFixed(1)}/s</dd>
            <dt>ETA</dt>
            <dd>{progress.eta ? new Date(progress.eta).toLocaleTimeString() : '—'}</dd>
          </dl>
          <progress max={100} value={progress.percent} aria-label="Percent settled">
            {progress.percent.toFixed(0)}%
          </progress>{' '}
          {progress.percent.toFixed(0)}%
        </>
      )}

      {!FINISHED.includes(state) && (
        <div className="actions">
          {state === 'RUNNING' && (
            <button type="button" disabled={busy} onClick={() => void act(() => pause({ id }), 'Paused')}>
              Pause
            </button>
          )}
          {PAUSED.includes(state) && (
            <button type="button" disabled={busy} onClick={() => void act(() => resume({ id }), 'Resumed')}>
              Resume
            </button>
          )}
          <button type="button" disabled={busy} onClick={() => void act(() => cancel({ id }), 'Cancelled')}>
            Cancel broadcast
          </button>
        </div>
      )}
      {outcome && <p role="status">{outcome}</p>}
      {mutationError && <p role="alert">{errorText(mutationError)}</p>}

      {state !== 'DRAFT' && (
        <table>
          <caption>Deliveries (newest first)</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Contact</th>
              <th scope="col">Error</th>
            </tr>
          </thead>
          <tbody>
            {broadcast.deliveries.nodes.length === 0 && (
              <tr>
                <td colSpan={3}>None yet.</td>
              </tr>
            )}
            {broadcast.deliveries.nodes.map((delivery) => (
              <tr key={delivery.contactId}>
                <td>{delivery.status}</td>
                <td>
                  <code>{delivery.contactId}</code>
                </td>
                <td>{delivery.error ?? (delivery.skipReason ? `skipped: ${delivery.skipReason}` : '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
