import type { DBSchema } from 'idb';
import type { Claim, Entity, EntityType, Story, StoredAnalysis, StoredArticle, StoredHeadline } from '../types';

export const DB_NAME = 'backstory';
export const DB_VERSION = 1;

export interface EntityRecord {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Number of stored articles mentioning it: the rarity weight for related coverage. */
  articleCount: number;
}

export interface ClaimRecord extends Claim {
  id?: number;
  articleId: string;
  speakerKey: string | null;
}

export interface EventRecord {
  id?: number;
  articleId: string;
  day: string;
  value: string;
  text: string;
  sentence: string;
}

export interface BackstoryDB extends DBSchema {
  articles: {
    key: string;
    value: StoredArticle;
    indexes: { 'by-url': string; 'by-domain': string; 'by-published': string; 'by-entity': string; 'by-story': string };
  };
  analyses: { key: string; value: StoredAnalysis };
  entities: { key: string; value: EntityRecord };
  claims: { key: number; value: ClaimRecord; indexes: { 'by-article': string; 'by-speaker': string } };
  events: { key: number; value: EventRecord; indexes: { 'by-article': string; 'by-day': string } };
  headlines: {
    key: string;
    value: StoredHeadline;
    indexes: { 'by-entity': string; 'by-domain': string; 'by-story': string; 'by-seen': string };
  };
  stories: { key: string; value: Story; indexes: { 'by-entity': string; 'by-last': string } };
}

export type { Entity };
