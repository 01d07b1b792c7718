import { Logger } from '@nestjs/common';
import { QueueStatistics } from './queue-statistics';

/** A keeper over a backlog the test sets, counting the analyses it asks for. */
function keeper(): { statistics: QueueStatistics; setBacklog: (jobs: number) => void; analyses: () => number } {
  let backlog = 0;
  let analyses = 0;
  const statistics = new QueueStatistics(
    async () => backlog,
    async () => {
      analyses += 1;
    },
  );
  return { statistics, setBacklog: (jobs) => (backlog = jobs), analyses: () => analyses };
}

describe('QueueStatistics', () => {
  it('analyzes once thousands of jobs wait, and again only when they have more than doubled', async () => {
    const { statistics, setBacklog, analyses } = keeper();
    const checks: boolean[] = [];
    for (const backlog of [999, 1_000, 1_900, 2_000, 2_001]) {
      setBacklog(backlog);
      checks.push(await statistics.check());
    }
    expect(checks).toEqual([false, true, false, false, true]);
    expect(analyses()).toBe(2);
  });

  it('measures the next growth from a backlog that shrank below half', async () => {
    const { statistics, setBacklog } = keeper();
    const checks: boolean[] = [];
    for (const backlog of [16_000, 9_000, 7_000, 14_000, 14_001, 0, 1_200]) {
      setBacklog(backlog);
      checks.push(await statistics.check());
    }
    // 7,000 is below half of 16,000: from there 14,001 is more than double; from 0, 1,200 is.
    expect(checks).toEqual([true, false, false, false, true, false, true]);
  });

  it('tries again at the next check when the analysis failed', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    let fail = true;
    const statistics = new QueueStatistics(
      async () => 5_000,
      async () => {
        if (fail) throw new Error('connection refused');
      },
    );
    expect(await statistics.check()).toBe(false);
    fail = false;
    expect(await statistics.check()).toBe(true);
    expect(await statistics.check()).toBe(false);
  });
});
