import { attendanceOpen, editRefusal, registrationRefusal, roadshowPhase, roadshowProblems } from './roadshow.rules.js';

const now = new Date('2026-12-06T10:00:00+08:00');
const base = {
  title: '生物医药成果路演',
  description: '',
  format: 'hybrid' as const,
  onlineUrl: 'https://meeting.example.cn/123',
  venue: '淮北市科技大厦',
  startsAt: '2026-12-10T09:00:00+08:00',
  endsAt: '2026-12-10T12:00:00+08:00',
};
const fields = (r: Parameters<typeof roadshowProblems>[0], checkStart = true) =>
  roadshowProblems(r, now, { checkStart }).map((p) => p.field);

describe('roadshow rules', () => {
  it('asks for a link when online and a venue when at a venue', () => {
    expect(fields(base)).toEqual([]);
    expect(fields({ ...base, onlineUrl: null })).toEqual(['onlineUrl']);
    expect(fields({ ...base, venue: '  ' })).toEqual(['venue']);
    expect(fields({ ...base, format: 'online', venue: null })).toEqual([]);
    expect(fields({ ...base, format: 'venue', onlineUrl: null })).toEqual([]);
    expect(fields({ ...base, onlineUrl: 'javascript:alert(1)' })).toEqual(['onlineUrl']);
  });

  it('wants an end after the start, a start not in the past, and at most a week', () => {
    expect(fields({ ...base, endsAt: base.startsAt })).toEqual(['endsAt']);
    expect(fields({ ...base, startsAt: '2026-12-05T09:00:00+08:00' })).toEqual(['startsAt']);
    expect(fields({ ...base, startsAt: '2026-12-05T09:00:00+08:00' }, false)).toEqual([]);
    expect(fields({ ...base, endsAt: '2026-12-20T09:00:00+08:00' })).toEqual(['endsAt']);
    expect(fields({ ...base, startsAt: 'soon' })).toEqual(['startsAt']);
  });

  it('tells the phase from the status and the clock', () => {
    const s = new Date(base.startsAt);
    const e = new Date(base.endsAt);
    expect(roadshowPhase('draft', s, e, now)).toBe('draft');
    expect(roadshowPhase('cancelled', s, e, now)).toBe('cancelled');
    expect(roadshowPhase('published', s, e, now)).toBe('upcoming');
    expect(roadshowPhase('published', s, e, new Date('2026-12-10T10:00:00+08:00'))).toBe('ongoing');
    expect(roadshowPhase('published', s, e, e)).toBe('ended');
  });

  it('registers only before the start and within capacity; attendance only from the start', () => {
    expect(registrationRefusal('upcoming', false)).toBeNull();
    expect(registrationRefusal('upcoming', true)).toBe('full');
    expect(registrationRefusal('ongoing', false)).toBe('started');
    expect(registrationRefusal('draft', false)).toBe('not-open');
    expect(registrationRefusal('cancelled', false)).toBe('not-open');
    expect(attendanceOpen('upcoming')).toBe(false);
    expect(attendanceOpen('ongoing')).toBe(true);
    expect(attendanceOpen('ended')).toBe(true);
    expect(editRefusal('upcoming')).toBeNull();
    expect(editRefusal('ended')).toBe('started');
    expect(editRefusal('cancelled')).toBe('cancelled');
  });
});
