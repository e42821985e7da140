/**
 * People, organisations and places in news text, with merge keys so that every spelling of one entity
 * ("US", "U.S.", "America", "American forces") lands on one `Entity`. See entities/README.md.
 */
import type { Entity } from '../types';
import { groupEntities, keyMentions } from './entities/merge';
import { rawMentions } from './entities/mentions';

export { entityKey } from './entities/keys';
export { headlineEntityKeys } from './entities/headline';

export interface EntitySpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC';
  text: string;
  key: string;
}

/** One item per mention, with `key` the merged entity key. */
export function findEntityMentions(text: string): EntitySpan[] {
  return keyMentions(text, rawMentions(text)).map((m) => ({ start: m.start, end: m.end, type: m.type, text: m.text, key: m.key }));
}

/** Mentions grouped into merged entities, most mentioned first. */
export function extractEntities(text: string): Entity[] {
  return groupEntities(keyMentions(text, rawMentions(text)));
}
