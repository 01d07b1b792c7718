import { FormEvent, useEffect, useMemo, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { errorText } from '../errors';
import { graphql } from '../gql';
import type { ContactCriteria } from '../gql/graphql';

const PAGE_SIZE = 20;
/** Pages of 100 read to count the contacts matching criteria being edited. */
const COUNT_PAGES = 10;
const COUNT_DELAY_MS = 400;

const Contacts = graphql(`
  query Contacts($first: Int!, $after: String, $filter: ContactCriteria) {
    contacts(first: $first, after: $after, filter: $filter) {
      nodes {
        id
        kind
        firstName
        lastName
        username
        tags
        lastActivityAt
        identities {
          id
          botId
          blocked
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const ContactIds = graphql(`
  query ContactIds($after: String, $filter: ContactCriteria) {
    contacts(first: 100, after: $after, filter: $filter) {
      nodes {
        id
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const ContactBots = graphql(`
  query ContactBots {
    bots(first: 100) {
      nodes {
        id
        name
        username
      }
    }
  }
`);

const ContactCard = graphql(`
  query ContactCard($id: ID!) {
    contact(id: $id) {
      id
      kind
      firstName
      lastName
      username
      email
      phone
      externalCustomerId
      languageCode
      tags
      attributes
      createdAt
      lastActivityAt
      identities {
        id
        botId
        chatId
        chatType
        blocked
        blockedAt
        lastMessageAt
      }
      messages(first: 50) {
        nodes {
          id
          botId
          direction
          kind
          text
          createdAt
        }
      }
    }
  }
`);

const UpdateContact = graphql(`
  mutation UpdateContact($id: ID!, $input: ContactFieldsInput!) {
    updateContact(id: $id, input: $input) {
      id
      firstName
      lastName
      email
      phone
      externalCustomerId
      tags
    }
  }
`);

const MergeContacts = graphql(`
  mutation MergeContacts($sourceId: ID!, $targetId: ID!) {
    mergeContacts(sourceId: $sourceId, targetId: $targetId) {
      id
      identities {
        id
      }
    }
  }
`);

const DeleteContact = graphql(`
  mutation DeleteContact($id: ID!) {
    deleteContact(id: $id)
  }
`);

const Segments = graphql(`
  query Segments {
    segments(first: 100) {
      nodes {
        id
        name
        count
        criteria
        updatedAt
      }
    }
  }
`);

const CreateSegment = graphql(`
  mutation CreateSegment($input: CreateSegmentInput!) {
    createSegment(input: $input) {
      id
      name
      count
    }
  }
`);

const UpdateSegment = graphql(`
  mutation UpdateSegment($id: ID!, $input: UpdateSegmentInput!) {
    updateSegment(id: $id, input: $input) {
      id
      name
      count
      criteria
    }
  }
`);

const DeleteSegment = graphql(`
  mutation DeleteSegment($id: ID!) {
    deleteSegment(id: $id)
  }
`);

type Bot = { id: string; name: string; username: string };

const fullName = (c: { firstName?: string | null; lastName?: string | null; username?: string | null; id: string }) =>
  [c.firstName, c.lastName].filter(Boolean).join(' ') || (c.username ? `@${c.username}` : c.id);

const splitTags = (text: string) => text.split(',').map((tag) => tag.trim()).filter(Boolean);

/** The criteria as a form edits them: text fields and three-way choices. */
interface CriteriaForm {
  search: string;
  tags: string;
  botId: string;
  reachable: '' | 'true' | 'false';
  blocked: '' | 'true' | 'false';
  language: string;
  kind: '' | 'PERSON' | 'GROUP';
  /** Criteria this form does not edit (attributes), kept as they are. */
  rest: Record<string, unknown>;
}

const EMPTY_CRITERIA: CriteriaForm = { search: '', tags: '', botId: '', reachable: '', blocked: '', language: '', kind: '', rest: {} };

function toCriteria(form: CriteriaForm): ContactCriteria {
  const criteria: ContactCriteria = { ...form.rest };
  if (form.search.trim()) criteria.search = form.search.trim();
  if (splitTags(form.tags).length) criteria.tags = splitTags(form.tags);
  if (form.botId) criteria.botId = form.botId;
  if (form.reachable) criteria.reachable = form.reachable === 'true';
  if (form.blocked) criteria.blocked = form.blocked === 'true';
  if (form.language.trim()) criteria.language = form.language.trim();
  if (form.kind) criteria.kind = form.kind;
  return criteria;
}

function fromCriteria(criteria: Record<string, unknown>): CriteriaForm {
  const { search, tags, botId, reachable, blocked, language, kind, ...rest } = criteria;
  const choice = (value: unknown) => (value === true ? 'true' : value === false ? 'false' : '');
  return {
    search: typeof search === 'string' ? search : '',
    tags: Array.isArray(tags) ? tags.join(', ') : '',
    botId: typeof botId === 'string' ? botId : '',
    reachable: choice(reachable),
    blocked: choice(blocked),
    language: typeof language === 'string' ? language : '',
    kind: kind === 'PERSON' || kind === 'GROUP' ? kind : '',
    rest,
  };
}

function describeCriteria(criteria: Record<string, unknown>, botName: (id: string) => string): string {
  const parts = Object.entries(criteria).map(([key, value]) =>
    key === 'botId' && typeof value === 'string' ? `bot ${botName(value)}` : `${key}: ${Array.isArray(value) ? value.join(', ') : JSON.stringify(value)}`,
  );
  return parts.join('; ') || 'every contact';
}

/** The fields of ContactCriteria; `idPrefix` keeps the labels of two forms on one page apart. */
function CriteriaFields({ value, onChange, bots, idPrefix }: { value: CriteriaForm; onChange: (next: CriteriaForm) => void; bots: Bot[]; idPrefix: string }) {
  const set = <K extends keyof CriteriaForm>(key: K, next: CriteriaForm[K]) => onChange({ ...value, [key]: next });
  const yesNo = (key: 'reachable' | 'blocked', label: string) => (
    <label>
      {label}
      <select value={value[key]} onChange={(e) => set(key, e.target.value as CriteriaForm[typeof key])}>
        <option value="">Either</option>
        <option value="true">Yes</option>
        <option value="false">No</option>
      </select>
    </label>
  );
  return (
    <div className="actions" id={`${idPrefix}-criteria`}>
      <label>
        Search
        <input type="search" value={value.search} onChange={(e) => set('search', e.target.value)} placeholder="Name, @username, phone, email, external id" />
      </label>
      <label>
        Tags (all of, separated by commas)
        <input value={value.tags} onChange={(e) => set('tags', e.target.value)} />
      </label>
      <label>
        Bot
        <select value={value.botId} onChange={(e) => set('botId', e.target.value)}>
          <option value="">Any bot</option>
          {bots.map((bot) => (
            <option key={bot.id} value={bot.id}>
              {bot.name} (@{bot.username})
            </option>
          ))}
        </select>
      </label>
      {yesNo('reachable', 'Reachable')}
      {yesNo('blocked', 'Blocked')}
      <label>
        Language
        <input value={value.language} onChange={(e) => set('language', e.target.value)} size={6} />
      </label>
      <label>
        Kind
        <select value={value.kind} onChange={(e) => set('kind', e.target.value as CriteriaForm['kind'])}>
          <option value="">People and groups</option>
          <option value="PERSON">People</option>
          <option value="GROUP">Groups</option>
        </select>
      </label>
    </div>
  );
}

/** Contacts: search, filter and page through them, open one's card; and the tenant's segments. */
export function ContactsScreen() {
  const [{ data: botsData }] = useQuery({ query: ContactBots });
  const bots = botsData?.bots.nodes ?? [];
  const botName = (id: string) => bots.find((bot) => bot.id === id)?.name ?? id;
  const [openId, setOpenId] = useState<string | null>(null);
  // Bumped when the open contact changes, so the list and counts read it again.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  return (
    <>
      <h1>Contacts</h1>
      {openId && <ContactView key={openId} id={openId} botName={botName} onClose={() => setOpenId(null)} onChanged={changed} onDeleted={() => {
        setOpenId(null);
        changed();
      }} />}
      <ContactList bots={bots} botName={botName} openId={openId} onOpen={setOpenId} version={version} />
      <SegmentsSection bots={bots} botName={botName} version={version} />
    </>
  );
}

function ContactList({ bots, botName, openId, onOpen, version }: { bots: Bot[]; botName: (id: string) => string; openId: string | null; onOpen: (id: string) => void; version: number }) {
  const [form, setForm] = useState<CriteriaForm>(EMPTY_CRITERIA);
  const [filter, setFilter] = useState<ContactCriteria>({});
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const context = useMemo(() => ({ additionalTypenames: ['Contact'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: Contacts, variables: { first: PAGE_SIZE, after, filter }, requestPolicy: 'cache-and-network', context });
  useEffect(() => {
    if (version) refetch({ requestPolicy: 'network-only' });
  }, [version, refetch]);
  const page = data?.contacts;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter(toCriteria(form));
    setCursors([null]);
  };

  return (
    <section aria-labelledby="contact-list">
      <h2 id="contact-list">All contacts</h2>
      <form onSubmit={apply} aria-label="Find contacts">
        <CriteriaFields value={form} onChange={setForm} bots={bots} idPrefix="find" />
        <div className="actions">
          <button type="submit">Find</button>
          <button
            type="button"
            onClick={() => {
              setForm(EMPTY_CRITERIA);
              setFilter({});
              setCursors([null]);
            }}
          >
            Clear
          </button>
        </div>
      </form>
      {error && <p role="alert">{errorText(error)}</p>}
      {fetching && !data && <p>Loading…</p>}
      {page && page.nodes.length === 0 && <p>No contacts match.</p>}
      {page && page.nodes.length > 0 && (
        <table>
          <caption>Contacts, newest first (page {cursors.length})</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Username</th>
              <th scope="col">Tags</th>
              <th scope="col">Bots</th>
              <th scope="col">Last activity</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {page.nodes.map((contact) => (
              <tr key={contact.id}>
                <td>{fullName(contact)}</td>
                <td>{contact.username ? `@${contact.username}` : ''}</td>
                <td>{contact.tags.join(', ')}</td>
                <td>{contact.identities.map((identity) => `${botName(identity.botId)}${identity.blocked ? ' (blocked)' : ''}`).join(', ')}</td>
                <td>{contact.lastActivityAt ? new Date(contact.lastActivityAt).toLocaleString() : ''}</td>
                <td>
                  <button type="button" onClick={() => onOpen(contact.id)} aria-pressed={openId === contact.id}>
                    Open {fullName(contact)}
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

/** A contact's card: its fields (editable), identities and conversation; merge another into it, or delete it. */
function ContactView({ id, botName, onClose, onChanged, onDeleted }: { id: string; botName: (id: string) => string; onClose: () => void; onChanged: () => void; onDeleted: () => void }) {
  const [{ data, error }, refetch] = useQuery({ query: ContactCard, variables: { id }, requestPolicy: 'cache-and-network' });
  const [updated, updateContact] = useMutation(UpdateContact);
  const [merged, mergeContacts] = useMutation(MergeContacts);
  const [deleted, deleteContact] = useMutation(DeleteContact);
  const [fields, setFields] = useState<Record<string, string> | null>(null);
  const [sourceId, setSourceId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);

  const contact = data?.contact;
  useEffect(() => {
    if (contact && !fields) {
      setFields({
        firstName: contact.firstName ?? '',
        lastName: contact.lastName ?? '',
        email: contact.email ?? '',
        phone: contact.phone ?? '',
        externalCustomerId: contact.externalCustomerId ?? '',
        tags: contact.tags.join(', '),
      });
    }
  }, [contact, fields]);

  if (error) return <p role="alert">{errorText(error)}</p>;
  if (!contact) return data ? <p role="alert">There is no such contact.</p> : <p>Loading…</p>;
  const name = fullName(contact);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!fields) return;
    setOutcome(null);
    const { tags, ...rest } = fields;
    // Only the fields changed here, so the API's checks apply to what was edited.
    const was = contact as unknown as Record<string, string | null>;
    const changedFields = Object.entries(rest).filter(([key, value]) => value.trim() !== (was[key] ?? ''));
    const input = { ...Object.fromEntries(changedFields.map(([key, value]) => [key, value.trim()])), tags: splitTags(tags) };
    const answer = await updateContact({ id, input });
    if (answer.data) {
      setOutcome(`Saved ${fullName({ ...answer.data.updateContact })}`);
      onChanged();
    }
  };

  const merge = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const answer = await mergeContacts({ sourceId: sourceId.trim(), targetId: id });
    if (answer.data) {
      setOutcome(`Merged: this contact now has ${answer.data.mergeContacts.identities.length} identities`);
      setSourceId('');
      refetch({ requestPolicy: 'network-only' });
      onChanged();
    }
  };

  const remove = async () => {
    setOutcome(null);
    const answer = await deleteContact({ id });
    setConfirming(false);
    if (answer.data) onDeleted();
  };

  const field = (key: string, label: string, type = 'text') => (
    <label>
      {label}
      <input type={type} value={fields?.[key] ?? ''} onChange={(e) => fields && setFields({ ...fields, [key]: e.target.value })} />
    </label>
  );

  return (
    <section className="panel" aria-labelledby="contact-heading">
      <header className="actions">
        <h2 id="contact-heading">{name}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <dl aria-label="About">
        <dt>Id</dt>
        <dd>
          <code>{contact.id}</code>
        </dd>
        <dt>Kind</dt>
        <dd>{contact.kind}</dd>
        {contact.username && (
          <>
            <dt>Username</dt>
            <dd>@{contact.username}</dd>
          </>
        )}
        {contact.languageCode && (
          <>
            <dt>Language</dt>
            <dd>{contact.languageCode}</dd>
          </>
        )}
        <dt>Since</dt>
        <dd>{new Date(contact.createdAt).toLocaleString()}</dd>
        {Object.keys(contact.attributes as object).length > 0 && (
          <>
            <dt>Attributes</dt>
            <dd>
              <code>{JSON.stringify(contact.attributes)}</code>
            </dd>
          </>
        )}
      </dl>

      <form onSubmit={save} aria-label="Contact fields">
        <div className="actions">
          {field('firstName', 'First name')}
          {field('lastName', 'Last name')}
          {field('email', 'Email', 'email')}
          {field('phone', 'Phone', 'tel')}
          {field('externalCustomerId', 'External id')}
          {field('tags', 'Tags (separated by commas)')}
          <button type="submit" disabled={updated.fetching || !fields}>
            Save contact
          </button>
        </div>
      </form>

      <table>
        <caption>Identities</caption>
        <thead>
          <tr>
            <th scope="col">Bot</th>
            <th scope="col">Chat</th>
            <th scope="col">State</th>
            <th scope="col">Last message</th>
          </tr>
        </thead>
        <tbody>
          {contact.identities.length === 0 && (
            <tr>
              <td colSpan={4}>None.</td>
            </tr>
          )}
          {contact.identities.map((identity) => (
            <tr key={identity.id}>
              <td>{botName(identity.botId)}</td>
              <td>
                <code>{identity.chatId}</code> ({identity.chatType})
              </td>
              <td>{identity.blocked ? `blocked${identity.blockedAt ? ` since ${new Date(identity.blockedAt).toLocaleString()}` : ''}` : 'reachable'}</td>
              <td>{identity.lastMessageAt ? new Date(identity.lastMessageAt).toLocaleString() : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3 id="contact-messages">Conversation (newest first)</h3>
      {contact.messages.nodes.length === 0 ? (
        <p>No messages.</p>
      ) : (
        <ol className="messages" aria-labelledby="contact-messages">
          {contact.messages.nodes.map((message) => (
            <li key={message.id} className={message.direction === 'OUTBOUND' ? 'outbound' : 'inbound'}>
              <p>{message.text ?? `[${message.kind}]`}</p>
              <small>
                {message.direction === 'OUTBOUND' ? 'Sent' : 'Received'} via {botName(message.botId)}, {new Date(message.createdAt).toLocaleString()}
              </small>
            </li>
          ))}
        </ol>
      )}

      <form onSubmit={merge} aria-label="Merge a contact" className="actions">
        <label>
          Id of a contact to merge into this one
          <input required value={sourceId} onChange={(e) => setSourceId(e.target.value)} aria-describedby="merge-help" />
        </label>
        <button type="submit" disabled={merged.fetching}>
          Merge into {name}
        </button>
      </form>
      <small id="merge-help">The other contact’s identities and messages move here, and it is removed.</small>

      <div className="actions">
        {!confirming ? (
          <button type="button" onClick={() => setConfirming(true)}>
            Delete contact
          </button>
        ) : (
          <div role="group" aria-label="Confirm deletion">
            <p>Delete {name} with its identities and messages, for good?</p>
            <button type="button" disabled={deleted.fetching} onClick={() => void remove()} autoFocus>
              Yes, delete {name}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </div>
        )}
      </div>
      {outcome && <p role="status">{outcome}</p>}
      {[updated, merged, deleted].map((result, index) => result.error && <p key={index} role="alert">{errorText(result.error)}</p>)}
    </section>
  );
}

/** How many contacts match criteria, read page by page (up to COUNT_PAGES × 100) once they rest for a moment. */
function useLiveCount(criteria: ContactCriteria): { count: number | null; more: boolean; counting: boolean; error: string | null } {
  const client = useClient();
  const key = JSON.stringify(criteria);
  const [state, setState] = useState<{ key: string; count: number | null; more: boolean; error: string | null }>({ key: '', count: null, more: false, error: null });
  useEffect(() => {
    let stale = false;
    const timer = setTimeout(() => {
      void (async () => {
        let count = 0;
        let after: string | null = null;
        for (let pages = 0; pages < COUNT_PAGES; pages++) {
          const answer = await client.query(ContactIds, { after, filter: JSON.parse(key) as ContactCriteria }, { requestPolicy: 'network-only' }).toPromise();
          if (stale) return;
          if (answer.error || !answer.data) {
            setState({ key, count: null, more: false, error: answer.error ? errorText(answer.error) : 'No answer' });
            return;
          }
          count += answer.data.contacts.nodes.length;
          after = answer.data.contacts.pageInfo.endCursor ?? null;
          if (!answer.data.contacts.pageInfo.hasNextPage) {
            setState({ key, count, more: false, error: null });
            return;
          }
        }
        setState({ key, count, more: true, error: null });
      })();
    }, COUNT_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [client, key]);
  return { count: state.count, more: state.more, counting: state.key !== key, error: state.error };
}

function SegmentsSection({ bots, botName, version }: { bots: Bot[]; botName: (id: string) => string; version: number }) {
  const context = useMemo(() => ({ additionalTypenames: ['Segment'] }), []);
  const [{ data, error }, refetch] = useQuery({ query: Segments, requestPolicy: 'cache-and-network', context });
  useEffect(() => {
    if (version) refetch({ requestPolicy: 'network-only' });
  }, [version, refetch]);
  const [deleted, deleteSegment] = useMutation(DeleteSegment);
  // null: no form; 'new': a new segment; else the id of the segment being edited.
  const [editing, setEditing] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const segments = data?.segments.nodes ?? [];
  const edited = segments.find((segment) => segment.id === editing);

  const remove = async (id: string, name: string) => {
    setOutcome(null);
    if (!confirm(`Delete the segment ${name}?`)) return;
    const answer = await deleteSegment({ id });
    if (answer.data) {
      setOutcome(`Deleted the segment ${name}`);
      if (editing === id) setEditing(null);
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <section aria-labelledby="segment-list">
      <h2 id="segment-list">Segments</h2>
      <button type="button" aria-expanded={editing === 'new'} onClick={() => setEditing(editing === 'new' ? null : 'new')}>
        New segment
      </button>
      {editing && (editing === 'new' || edited) && (
        <SegmentForm
          key={editing}
          bots={bots}
          segment={edited ? { id: edited.id, name: edited.name, criteria: edited.criteria as Record<string, unknown> } : null}
          onSaved={(message) => {
            setOutcome(message);
            setEditing(null);
            refetch({ requestPolicy: 'network-only' });
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {outcome && <p role="status">{outcome}</p>}
      {deleted.error && <p role="alert">{errorText(deleted.error)}</p>}
      {error && <p role="alert">{errorText(error)}</p>}
      {data && segments.length === 0 && <p>No segments yet.</p>}
      {segments.length > 0 && (
        <table>
          <caption>Segments</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Criteria</th>
              <th scope="col">Members now</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {segments.map((segment) => (
              <tr key={segment.id}>
                <td>{segment.name}</td>
                <td>{describeCriteria(segment.criteria as Record<string, unknown>, botName)}</td>
                <td>{segment.count}</td>
                <td>
                  <button type="button" onClick={() => setEditing(segment.id)} aria-pressed={editing === segment.id}>
                    Edit {segment.name}
                  </button>{' '}
                  <button type="button" disabled={deleted.fetching} onClick={() => void remove(segment.id, segment.name)}>
                    Delete {segment.name}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function SegmentForm({
  bots,
  segment,
  onSaved,
  onCancel,
}: {
  bots: Bot[];
  segment: { id: string; name: string; criteria: Record<string, unknown> } | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(segment?.name ?? '');
  const [form, setForm] = useState<CriteriaForm>(() => (segment ? fromCriteria(segment.criteria) : EMPTY_CRITERIA));
  const criteria = useMemo(() => toCriteria(form), [form]);
  const live = useLiveCount(criteria);
  const [created, createSegment] = useMutation(CreateSegment);
  const [updated, updateSegment] = useMutation(UpdateSegment);
  const result = segment ? updated : created;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (segment) {
      const answer = await updateSegment({ id: segment.id, input: { name, criteria } });
      if (answer.data) onSaved(`Saved the segment ${answer.data.updateSegment.name}: ${answer.data.updateSegment.count} contacts`);
    } else {
      const answer = await createSegment({ input: { name, criteria } });
      if (answer.data) onSaved(`Created the segment ${answer.data.createSegment.name}: ${answer.data.createSegment.count} contacts`);
    }
  };

  return (
    <form onSubmit={submit} className="panel" aria-labelledby="segment-form-heading">
      <h3 id="segment-form-heading">{segment ? `Edit ${segment.name}` : 'New segment'}</h3>
      <label>
        Segment name
        <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <fieldset>
        <legend>Criteria</legend>
        <CriteriaFields value={form} onChange={setForm} bots={bots} idPrefix="segment" />
      </fieldset>
      <p role="status" aria-live="polite" data-testid="live-count">
        {live.error
          ? `Cannot count: ${live.error}`
          : live.count === null
            ? 'Counting…'
            : `${live.more ? 'More than ' : ''}${live.count} matching contact${live.count === 1 && !live.more ? '' : 's'}${live.counting ? ' (counting…)' : ''}`}
      </p>
      <div className="actions">
        <button type="submit" disabled={result.fetching}>
          {segment ? 'Save segment' : 'Create segment'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {result.error && <p role="alert">{errorText(result.error)}</p>}
    </form>
  );
}
