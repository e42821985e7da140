declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable as fn } from '@mozilla/readability';
  const isProbablyReaderable: typeof fn;
  export default isProbablyReaderable;
}
