import type { AdvertisedFeed } from '../extract/feed-links';

/**
 * The feeds each tab's page advertises, kept beside the tab state in session storage (an MV3 worker may be
 * stopped between the page loading and the reader opening the popup).
 */
export interface TabFeedStore {
  get(tabId: number): Promise<AdvertisedFeed[]>;
  set(tabId: number, feeds: AdvertisedFeed[]): Promise<void>;
  remove(tabId: number): Promise<void>;
}

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function sessionTabFeeds(area: SessionArea): TabFeedStore {
  const key = (tabId: number) => `feeds:${tabId}`;
  return {
    async get(tabId) {
      const items = await area.get(key(tabId));
      return (items[key(tabId)] as AdvertisedFeed[] | undefined) ?? [];
    },
    // Most pages advertise nothing: store nothing for them.
    set: (tabId, feeds) => (feeds.length ? area.set({ [key(tabId)]: feeds }) : area.remove(key(tabId))),
    remove: (tabId) => area.remove(key(tabId)),
  };
}
