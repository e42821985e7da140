import type { AnnotationLibrary, ArticleContext } from './library';
import type { Annotation } from '../types';

/** The Annotations page's filters; empty strings mean "any". */
export interface AnnotationFilter {
  tag: string;
  /** An entity key. */
  entity: string;
  outlet: string;
}

export interface ArticleGroup {
  articleId: string;
  title: string;
  url: string;
  outlet: string;
  annotations: Annotation[];
}

export interface StoryGroup {
  storyId: string | null;
  label: string;
  articles: ArticleGroup[];
}

export interface Facets {
  tags: string[];
  entities: Array<{ key: string; name: string }>;
  outlets: string[];
}

const outletOf = (a: Annotation, article: ArticleContext | undefined): string =>
  article?.publisher || article?.domain || hostOf(a.url);

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Highlights grouped by story, then article, newest story first; highlights in page order. */
export function groupAnnotations(library: AnnotationLibrary, filter: AnnotationFilter): StoryGroup[] {
  const articles = new Map(library.articles.map((a) => [a.id, a]));
  const stories = new Map<string, StoryGroup & { latest: string }>();
  for (const a of library.annotations) {
    const article = articles.get(a.articleId);
    if (filter.tag && !a.tags.some((t) => t.toLowerCase() === filter.tag.toLowerCase())) continue;
    if (filter.entity && !article?.entities.some((e) => e.key === filter.entity)) continue;
    if (filter.outlet && outletOf(a, article) !== filter.outlet) continue;
    const storyKey = article?.storyId ?? `article:${a.articleId}`;
    let story = stories.get(storyKey);
    if (!story) {
      story = {
        storyId: article?.storyId ?? null,
        label: article?.storyLabel ?? article?.title ?? a.title,
        articles: [],
        latest: a.created,
      };
      stories.set(storyKey, story);
    }
    if (a.created > story.latest) story.latest = a.created;
    let group = story.articles.find((g) => g.articleId === a.articleId);
    if (!group) {
      group = {
        articleId: a.articleId,
        title: article?.title || a.title || a.url,
        url: article?.url ?? a.url,
        outlet: outletOf(a, article),
        annotations: [],
      };
      story.articles.push(group);
    }
    group.annotations.push(a);
  }
  for (const story of stories.values())
    for (const g of story.articles) g.annotations.sort((x, y) => x.position.start - y.position.start);
  return [...stories.values()]
    .sort((x, y) => y.latest.localeCompare(x.latest))
    .map(({ latest: _latest, ...story }) => story);
}

/** The values the filters offer: every tag, entity and outlet among the highlights. */
export function annotationFacets(library: AnnotationLibrary): Facets {
  const articles = new Map(library.articles.map((a) => [a.id, a]));
  const tags = new Map<string, string>();
  const entities = new Map<string, string>();
  const outlets = new Set<string>();
  for (const a of library.annotations) {
    for (const t of a.tags) if (!tags.has(t.toLowerCase())) tags.set(t.toLowerCase(), t);
    const article = articles.get(a.articleId);
    for (const e of article?.entities ?? []) entities.set(e.key, e.name);
    const outlet = outletOf(a, article);
    if (outlet) outlets.add(outlet);
  }
  const byName = (x: string, y: string) => x.localeCompare(y);
  return {
    tags: [...tags.values()].sort(byName),
    entities: [...entities].map(([key, name]) => ({ key, name })).sort((x, y) => byName(x.name, y.name)),
    outlets: [...outlets].sort(byName),
  };
}
