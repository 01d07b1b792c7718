import { eventIdsOf, jobsFor, orderedJobId, orderingKeyOf, UPDATES_PER_JOB } from './update-queue';

describe('update jobs', () => {
  it('get ids that sort as their events do', () => {
    const ids = ['9', '10', '255', '256', '4294967296'].map(orderedJobId);
    expect(ids[0]).toBe('00000000-0000-0000-0000-000000000009');
    expect([...ids].sort()).toEqual(ids);
  });

  it('share an ordering key per chat, and have their own without a chat', () => {
    expect(orderingKeyOf('bot', '42', '1')).toBe(orderingKeyOf('bot', '42', '2'));
    expect(orderingKeyOf('bot', '42', '1')).not.toBe(orderingKeyOf('other', '42', '1'));
    expect(orderingKeyOf('bot', null, '1')).not.toBe(orderingKeyOf('bot', null, '2'));
  });
});

describe('jobsFor', () => {
  const event = (id: number, chat: string | null, bot = 'bot') => ({ id: String(id), bot_id: bot, chat_id: chat });

  it('makes one job per chat holding its updates in arrival order, ordered by their first update', () => {
    const jobs = jobsFor([event(1, '7'), event(2, '8'), event(3, '7'), event(4, null), event(5, '8'), event(6, '7', 'other')]);
    expect(jobs.map((job) => job.data.eventIds)).toEqual([['1', '3'], ['2', '5'], ['4'], ['6']]);
    expect(jobs[0]).toMatchObject({ id: orderedJobId('1'), singletonKey: orderingKeyOf('bot', '7', '1') });
  });

  it(`splits a chat's burst into jobs of at most ${UPDATES_PER_JOB} updates, in order`, () => {
    const burst = Array.from({ length: UPDATES_PER_JOB * 2 + 1 }, (_, index) => event(index + 1, '7'));
    const jobs = jobsFor(burst);
    expect(jobs.map((job) => job.data.eventIds.length)).toEqual([UPDATES_PER_JOB, UPDATES_PER_JOB, 1]);
    expect(jobs.flatMap((job) => job.data.eventIds)).toEqual(burst.map((item) => item.id));
    expect(new Set(jobs.map((job) => job.singletonKey)).size).toBe(1);
  });

  it('still reads a job queued with a single update', () => {
    expect(eventIdsOf({ eventId: '9' })).toEqual(['9']);
    expect(eventIdsOf({ eventIds: ['9', '10'] })).toEqual(['9', '10']);
  });
});

describe('jobsFor, given events out of order', () => {
  it('still queues each chat in arrival order', () => {
    const jobs = jobsFor([{ id: '12', bot_id: 'bot', chat_id: '7' }, { id: '3', bot_id: 'bot', chat_id: '7' }, { id: '10', bot_id: 'bot', chat_id: '8' }]);
    expect(jobs.map((job) => job.data.eventIds)).toEqual([['3', '12'], ['10']]);
  });
});
