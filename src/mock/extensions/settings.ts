/**
 * Reading extension configs and state. Configs arrive as free-form JSON from keyholders, so each
 * read falls back to a default instead of trusting the shape.
 */
import type { ExtensionPartyRecord } from '../world/records.js';

/** Whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number from the config, or `fallback`. */
export function numberSetting(config: Record<string, unknown>, key: string, fallback: number) {
  const value = config[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A boolean from the config, or `fallback`. */
export function booleanSetting(config: Record<string, unknown>, key: string, fallback: boolean) {
  const value = config[key];
  return typeof value === 'boolean' ? value : fallback;
}

/** A string from the config, or `fallback`. */
export function stringSetting(config: Record<string, unknown>, key: string, fallback: string) {
  const value = config[key];
  return typeof value === 'string' ? value : fallback;
}

/** The objects of a list in the config; anything else in the list is skipped. */
export function recordsSetting(
  config: Record<string, unknown>,
  key: string,
): Record<string, unknown>[] {
  const value = config[key];
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/**
 * The extension's own state on a lock, created on first use. Only the extension's module
 * writes it, so the type it chooses holds.
 */
export function partyState<T>(party: ExtensionPartyRecord, create: () => T): T {
  if (party.state === undefined || party.state === null) party.state = create();
  return party.state as T;
}
