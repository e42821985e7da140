import DOMPurify from 'dompurify';
import { capturePage } from '@/lib/extract/capture';

// Injected by the background when the reader saves a page; the returned value is executeScript's result,
// which the background validates before anything is stored.
export default defineUnlistedScript(() => capturePage(document, location.href, DOMPurify));
