import { nextAnnouncement } from './listing-announcement.js';

describe('nextAnnouncement', () => {
  it('announces a first publication, and a republication after a withdrawal', () => {
    expect(nextAnnouncement({ exposed: true, version: 3 }, null)).toEqual({
      event: 'listing.published',
      state: 'published',
      version: 3,
    });
    expect(nextAnnouncement({ exposed: true, version: 6 }, { state: 'withdrawn', version: 5 })).toEqual({
      event: 'listing.published',
      state: 'published',
      version: 6,
    });
  });

  it('announces a change only for a newer version of a published listing', () => {
    expect(nextAnnouncement({ exposed: true, version: 4 }, { state: 'published', version: 3 })).toEqual({
      event: 'listing.changed',
      state: 'published',
      version: 4,
    });
    expect(nextAnnouncement({ exposed: true, version: 4 }, { state: 'published', version: 4 })).toBeNull();
    expect(nextAnnouncement({ exposed: true, version: 3 }, { state: 'published', version: 4 })).toBeNull();
  });

  it('announces a withdrawal once, and nothing for listings partners never saw', () => {
    expect(nextAnnouncement({ exposed: false, version: 5 }, { state: 'published', version: 4 })).toEqual({
      event: 'listing.withdrawn',
      state: 'withdrawn',
      version: 5,
    });
    expect(nextAnnouncement({ exposed: false, version: 6 }, { state: 'withdrawn', version: 5 })).toBeNull();
    expect(nextAnnouncement({ exposed: false, version: 1 }, null)).toBeNull();
    expect(nextAnnouncement(null, { state: 'published', version: 2 })).toEqual({
      event: 'listing.withdrawn',
      state: 'withdrawn',
      version: 2,
    });
  });
});
