import { DeliveryStatus } from '../outbound-message.entity';
import { sendCountsOf } from './send-counts';

describe('sendCountsOf', () => {
  it('counts clicked messages as sent, held ones as queued, and cancelled ones nowhere', () => {
    const counts = sendCountsOf([
      { status: DeliveryStatus.QUEUED, count: 2 },
      { status: DeliveryStatus.HELD, count: 3 },
      { status: DeliveryStatus.SENT, count: 5 },
      { status: DeliveryStatus.CLICKED, count: 7 },
      { status: DeliveryStatus.FAILED, count: 11 },
      { status: DeliveryStatus.CANCELLED, count: 13 },
    ]);
    expect(counts).toEqual({ queued: 5, sent: 12, failed: 11, clicked: 7 });
  });

  it('answers zeros for a bot that sent nothing', () => {
    expect(sendCountsOf([])).toEqual({ queued: 0, sent: 0, failed: 0, clicked: 0 });
  });
});
