import { eventDetail } from '../test/fixtures';
import { eventAction, seatsPercent } from './event-state';

// The event: 2027-05-20 14:00–16:00 in Shanghai (06:00–08:00Z).
const BEFORE = '2027-05-08T02:00:00.000Z';
const HOUR_BEFORE = '2027-05-20T05:00:00.000Z';
const DURING = '2027-05-20T07:00:00.000Z';
const AT_END = '2027-05-20T08:00:00.000Z';
const signedUp = { mySignup: { status: 'signedUp' as const, version: 1 } };

describe('eventAction (by the server time)', () => {
  it('offers 报名 while seats remain and the event has not ended', () => {
    expect(eventAction(eventDetail(), BEFORE)).toEqual({ kind: 'open' });
    expect(eventAction(eventDetail({ mySignup: { status: 'cancelled', version: 2 } }), DURING)).toEqual({
      kind: 'open',
    });
  });

  it('is full at capacity and ended from the end on', () => {
    expect(eventAction(eventDetail({ signedUp: 120 }), BEFORE)).toEqual({ kind: 'full' });
    expect(eventAction(eventDetail(), AT_END)).toEqual({ kind: 'ended' });
    expect(eventAction(eventDetail({ signedUp: 120 }), AT_END)).toEqual({ kind: 'ended' });
  });

  it('opens check-in an hour before the start, until the end', () => {
    expect(eventAction(eventDetail(signedUp), BEFORE)).toMatchObject({ kind: 'signedUp', checkInOpen: false });
    expect(eventAction(eventDetail(signedUp), BEFORE)).toMatchObject({ checkInOpensAt: HOUR_BEFORE });
    expect(eventAction(eventDetail(signedUp), HOUR_BEFORE)).toMatchObject({ kind: 'signedUp', checkInOpen: true });
    expect(eventAction(eventDetail(signedUp), AT_END)).toMatchObject({ kind: 'signedUp', checkInOpen: true });
    expect(eventAction(eventDetail(signedUp), '2027-05-20T08:00:01.000Z')).toEqual({ kind: 'missed' });
  });

  it('keeps 已签到 with the volunteer hours', () => {
    const checkedIn = { mySignup: { status: 'checkedIn' as const, version: 3 } };
    expect(eventAction(eventDetail({ ...checkedIn, hours: 3 }), DURING)).toEqual({ kind: 'checkedIn', hours: 3 });
    expect(eventAction(eventDetail(checkedIn), DURING)).toEqual({ kind: 'checkedIn' });
  });
});

describe('seatsPercent', () => {
  it('rounds and caps at 100', () => {
    expect(seatsPercent(12, 120)).toBe(10);
    expect(seatsPercent(11, 10)).toBe(100);
    expect(seatsPercent(0, 0)).toBe(100);
  });
});
