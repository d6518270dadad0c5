import { liveBid, parseLiveMessage } from './auction-live.rules.js';

const LOT = '6f1c2a4e-1d3b-4c5a-9e8f-0a1b2c3d4e5f';

describe('live messages of a lot', () => {
  it('names the bidder only as 竞买人 N', () => {
    const b = liveBid({
      lotId: LOT,
      seq: 3,
      amountFen: '10500000',
      bidderNo: 2,
      placedAt: '2026-12-08T01:00:03.271Z',
      endsAt: '2026-12-08T03:00:00.000Z',
      extended: false,
      prevHash: '0'.repeat(64),
      hash: 'a'.repeat(64),
    });
    expect(b.bidder).toBe('竞买人 2');
    expect(Object.keys(b).sort()).toEqual(
      ['amountFen', 'bidder', 'bidderNo', 'endsAt', 'extended', 'hash', 'lotId', 'placedAt', 'prevHash', 'seq'].sort(),
    );
  });

  it('reads back what a bid and a close send, and nothing else', () => {
    const sent = {
      t: 'bid',
      ...{ lotId: LOT, seq: 1, amountFen: '100', bidderNo: 1, placedAt: 'x', endsAt: null },
      ...{ prevHash: '0'.repeat(64), hash: 'a'.repeat(64) },
    };
    expect(parseLiveMessage(JSON.stringify(sent))).toMatchObject({
      t: 'bid',
      seq: 1,
      bidder: '竞买人 1',
      extended: false,
      prevHash: '0'.repeat(64),
      hash: 'a'.repeat(64),
    });
    expect(parseLiveMessage(JSON.stringify({ t: 'closed', lotId: LOT, status: 'sold' }))).toEqual({
      t: 'closed',
      lotId: LOT,
      status: 'sold',
    });
    // A name smuggled into the payload does not come out.
    expect(JSON.stringify(parseLiveMessage(JSON.stringify({ ...sent, bidderName: '某公司' })))).not.toContain('某公司');
    for (const bad of [
      '',
      'null',
      '[]',
      '{"t":"bid"}',
      JSON.stringify({ ...sent, seq: 0 }),
      JSON.stringify({ ...sent, lotId: 'x' }),
    ])
      expect(parseLiveMessage(bad)).toBeNull();
  });
});
