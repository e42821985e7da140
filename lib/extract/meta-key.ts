/** The name a <meta> element goes by (property, name, itemprop or http-equiv), lower-cased; one rule for every reader. */
export function metaKey(el: Element): string | undefined {
  return (
    el.getAttribute('property') ??
    el.getAttribute('name') ??
    el.getAttribute('itemprop') ??
    el.getAttribute('http-equiv')
  )
    ?.trim()
    .toLowerCase();
}
