import { render } from 'preact';
import { AnnotationsApp, type AnnotationsApi } from '@/components/annotations/AnnotationsApp';
import { send } from '@/lib/send';
import '@/components/annotations/annotations.css';

const api: AnnotationsApi = {
  library: () => send('annotations:library', {}),
  update: (id, note, tags) => send('annotations:update', { id, note, tags }),
  remove: (id) => send('annotations:delete', { id }),
};

render(<AnnotationsApp api={api} />, document.getElementById('app')!);
