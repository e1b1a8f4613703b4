/**
 * Partner extensions as the developer portal manages them: creating one, finding the caller's
 * own, and the `PartnerExtensionForDashboard` body.
 */
import type { components } from '../../../generated/chaster.js';
import { isoDateOrNull } from '../domain/iso-date.js';
import { forbidden, notFound } from '../engine/http-error.js';
import type { ExtensionMode, UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import type { PartnerExtensionRecord } from './records.js';
import { partnerStore } from './store.js';

type PartnerExtensionForDashboard = components['schemas']['PartnerExtensionForDashboard'];

/** What a new partner extension needs; everything else has the portal's defaults. */
export interface NewPartnerExtension {
  owner: UserRecord;
  displayName: string;
  /** @default derived from `displayName`, made unique */
  slug?: string;
  /** The `X-Chaster-Client-Id` of its pages. @default `mock-client-<slug>` */
  clientId?: string;
  /** @default ['unlimited'] */
  availableModes?: ExtensionMode[];
  /** @default {} */
  defaultConfig?: Record<string, unknown>;
  /** Seconds. @default 3600 */
  defaultRegularity?: number;
}

function slugBase(displayName: string): string {
  const base = displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return base === '' ? 'extension' : base;
}

function slugTaken(world: World, slug: string): boolean {
  return [...partnerStore(world).extensions.values()].some((item) => item.slug === slug);
}

function uniqueSlug(world: World, displayName: string): string {
  const base = slugBase(displayName);
  let slug = base;

  for (let suffix = 2; slugTaken(world, slug); suffix += 1) slug = `${base}-${suffix}`;
  return slug;
}

/** Registers a partner extension for `owner`, as the developer portal's create does. */
export function addPartnerExtension(world: World, input: NewPartnerExtension) {
  const slug = input.slug ?? uniqueSlug(world, input.displayName);
  if (slugTaken(world, slug)) throw new Error(`The extension slug ${slug} is taken`);

  const id = world.ids.next();
  const extension: PartnerExtensionRecord = {
    id,
    slug,
    ownerId: input.owner.id,
    clientId: input.clientId ?? `mock-client-${slug}`,
    applicationId: `00000000-0000-4000-9000-${id.slice(-12)}`,
    displayName: input.displayName,
    subtitle: '',
    summary: '',
    icon: 'puzzle-piece',
    availableModes: input.availableModes ?? ['unlimited'],
    defaultConfig: input.defaultConfig ?? {},
    defaultData: {},
    defaultRegularity: input.defaultRegularity ?? 3600,
    enableStartTimeout: false,
    isEnabled: true,
    isPremium: false,
    isTesting: true,
    isCountedInExtensionsLimit: true,
    configDescription: null,
    mainIframeUrl: `https://example.com/${slug}/main`,
    configIframeUrl: `https://example.com/${slug}/config`,
    webhookUrl: '',
    webhookUsername: '',
    webhookPassword: '',
    createdAt: world.clock.now(),
    deletedAt: null,
  };

  partnerStore(world).extensions.set(id, extension);
  return extension;
}

/** The extension with that id unless deleted. */
export function liveExtension(world: World, id: string): PartnerExtensionRecord | undefined {
  const extension = partnerStore(world).extensions.get(id);
  return extension?.deletedAt === null ? extension : undefined;
}

/** The extension with that id, or a 404. */
export function requireExtension(world: World, id: string): PartnerExtensionRecord {
  const extension = liveExtension(world, id);
  if (extension === undefined) throw notFound('Extension not found');
  return extension;
}

/** The extension with that id when `caller` owns it; 404 when unknown, 403 for another's. */
export function requireOwnExtension(world: World, caller: UserRecord, id: string) {
  const extension = requireExtension(world, id);
  if (extension.ownerId !== caller.id) throw forbidden();
  return extension;
}

/** The extensions `owner` made and has not deleted, oldest first. */
export function extensionsOf(world: World, owner: UserRecord): PartnerExtensionRecord[] {
  return [...partnerStore(world).extensions.values()].filter(
    (extension) => extension.ownerId === owner.id && extension.deletedAt === null,
  );
}

/** An extension as the developer portal shows it to its owner. */
export function renderDashboardExtension(
  extension: PartnerExtensionRecord,
): PartnerExtensionForDashboard {
  return {
    _id: extension.id,
    slug: extension.slug,
    displayName: extension.displayName,
    subtitle: extension.subtitle,
    summary: extension.summary,
    icon: extension.icon,
    applicationId: extension.applicationId,
    availableModes: [...extension.availableModes],
    enableStartTimeout: extension.enableStartTimeout,
    defaultRegularity: extension.defaultRegularity,
    isEnabled: extension.isEnabled,
    isPremium: extension.isPremium,
    isTesting: extension.isTesting,
    isDevelopedByCommunity: true,
    isCountedInExtensionsLimit: extension.isCountedInExtensionsLimit,
    defaultConfig: structuredClone(extension.defaultConfig),
    defaultData: structuredClone(extension.defaultData),
    actions: [],
    configDescription: extension.configDescription,
    punishableActions: [],
    mainIframeUrl: extension.mainIframeUrl,
    configIframeUrl: extension.configIframeUrl,
    webhookUrl: extension.webhookUrl,
    webhookUsername: extension.webhookUsername,
    webhookPassword: extension.webhookPassword,
    deletedAt: isoDateOrNull(extension.deletedAt),
  };
}
