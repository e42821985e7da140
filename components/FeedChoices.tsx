/** A feed found behind the address the reader pasted. */
export interface FeedChoice {
  url: string;
  title: string | null;
  subscribed: boolean;
}

/**
 * What discovery found when it was not a single feed to follow at once: several feeds to choose from, or
 * an error with the choice of following the address anyway (a feed that is down today may work tomorrow).
 * Each button is its own click, so following asks for the feed's site access inside a user gesture.
 */
export function FeedChoices(props: {
  address: string;
  choices: FeedChoice[];
  busy: boolean;
  onFollow: (url: string) => void;
  onDismiss: () => void;
}) {
  const { address, choices } = props;
  return (
    <div class="choices" data-testid="feed-choices">
      {choices.length > 0 ? (
        <>
          <p>This page offers {choices.length === 1 ? 'a feed' : `${choices.length} feeds`}:</p>
          <ul>
            {choices.map((c) => (
              <li key={c.url} data-testid="feed-choice" data-url={c.url}>
                <strong>{c.title ?? new URL(c.url).host}</strong> <span class="muted feed-url">{c.url}</span>{' '}
                {c.subscribed ? (
                  <span class="muted">(followed)</span>
                ) : (
                  <button onClick={() => props.onFollow(c.url)} disabled={props.busy} data-testid="feed-choice-follow">
                    Follow
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <button onClick={() => props.onFollow(address)} disabled={props.busy} data-testid="feed-follow-anyway">
          Follow {address} anyway
        </button>
      )}{' '}
      <button onClick={props.onDismiss} data-testid="feed-choices-dismiss">
        Cancel
      </button>
    </div>
  );
}
