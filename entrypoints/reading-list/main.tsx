import { render } from 'preact';
import { openLibraryDb } from '@/lib/store/library-db';
import { createReadingListApi } from '@/lib/library/page-api';
import { ReadingListApp } from '@/components/reading/ReadingListApp';
// The popup's palette and controls, then the page's own layout.
import '@/components/popup.css';
import '@/components/reading/reading.css';

const app = document.getElementById('app')!;
openLibraryDb().then(
  (db) => render(<ReadingListApp api={createReadingListApi(db, new DOMParser())} />, app),
  (error: unknown) => {
    app.textContent = `The library could not be opened: ${error instanceof Error ? error.message : String(error)}`;
  },
);
