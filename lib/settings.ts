import * as v from 'valibot';

/**
 * The reader's settings, kept in `storage.local` under one key with a version, so a later shape can
 * migrate from this one instead of guessing.
 */
export const SETTINGS_VERSION = 1;
const KEY = 'settings';

export const SettingsPatchSchema = v.object({
  /** Headlines first seen longer ago than this are pruned. */
  retentionDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3_650))),
  /** Poll interval given to newly followed feeds. */
  feedIntervalMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(24 * 60))),
});

export interface Settings {
  version: typeof SETTINGS_VERSION;
  retentionDays: number;
  feedIntervalMinutes: number;
}

export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION, retentionDays: 90, feedIntervalMinutes: 60 };

/** The part of a `storage` area settings use (`browser.storage.local`, or the fake one in tests). */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Stored settings over the defaults; a stored value that does not fit its schema falls back to the default. */
export async function loadSettings(area: SettingsArea): Promise<Settings> {
  const stored = (await area.get(KEY))[KEY];
  const parsed = v.safeParse(SettingsPatchSchema, stored ?? {});
  const patch = parsed.success ? parsed.output : {};
  return { ...DEFAULT_SETTINGS, ...definedOnly(patch), version: SETTINGS_VERSION };
}

export async function saveSettings(area: SettingsArea, patch: SettingsPatch): Promise<Settings> {
  const next = { ...(await loadSettings(area)), ...definedOnly(patch) };
  await area.set({ [KEY]: next });
  return next;
}

function definedOnly(patch: SettingsPatch): Partial<Settings> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}
