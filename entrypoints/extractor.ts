export default defineUnlistedScript(() => {
  console.log('extractor');
});
