import { render } from 'preact';
import { StoriesPage, type StoriesApi, type StoriesRoute } from '@/components/StoriesPage';
import { send } from '@/lib/send';
import '@/components/popup.css';
import '@/components/pages.css';

const api: StoriesApi = {
  list: (filter) => send('stories:list', filter),
  get: (id) => send('stories:get', { id }),
};

// The route lives in the query string (`?story=…&entity=…&outlet=…`): the popup links to a story, and Back works.
function readRoute(): StoriesRoute {
  const q = new URLSearchParams(location.search);
  return { story: q.get('story'), entity: q.get('entity'), outlet: q.get('outlet') };
}

function navigate(route: StoriesRoute): void {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(route)) if (v) q.set(k, v);
  history.pushState(null, '', `?${q.toString()}`);
  show();
}

const root = document.getElementById('app')!;
function show(): void {
  const route = readRoute();
  // Keyed by the whole route so each view loads its own data.
  render(<StoriesPage key={location.search} api={api} route={route} navigate={navigate} />, root);
}
addEventListener('popstate', show);
show();
