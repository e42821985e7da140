/**
 * Host access for feeds is asked per origin. Match patterns cannot name a port (Firefox refuses one; Chrome
 * ignores it), so the pattern covers the feed's scheme and host.
 */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** The part of `browser.permissions` feeds use. */
export interface PermissionsLike {
  request(p: { origins: string[] }): Promise<boolean>;
  contains(p: { origins: string[] }): Promise<boolean>;
}

/**
 * Ask for access to a feed's origin. Call it first thing in a click handler: Firefox only shows the prompt
 * from a user gesture, and an `await` before it loses the gesture. Already granted origins resolve at once.
 */
export function requestFeedAccess(permissions: PermissionsLike, url: string): Promise<boolean> {
  let pattern: string;
  try {
    pattern = originPattern(url);
  } catch {
    return Promise.resolve(false);
  }
  return permissions.request({ origins: [pattern] });
}
