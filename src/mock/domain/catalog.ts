/**
 * The built-in extensions the fake Chaster offers, as `GET /extensions` lists them. The shape
 * follows Chaster's catalog; the wording is the fake's own. Partner extensions are not listed.
 */
import type { components } from '../../../generated/chaster.js';
import type { ExtensionMode } from '../world/records.js';

type ExtensionForPublic = components['schemas']['ExtensionForPublic'];

/** One catalog entry. */
export interface CatalogEntry {
  slug: string;
  displayName: string;
  subtitle: string;
  summary: string;
  icon: string;
  availableModes: ExtensionMode[];
  defaultConfig: Record<string, unknown>;
  /** Seconds. */
  defaultRegularity: number;
  /** Whether it counts towards the free plan's extension limit. */
  isCountedInExtensionsLimit: boolean;
  isFeatured: boolean;
  /** Whether wearers or keyholders trigger actions on it. */
  hasActions: boolean;
}

const HOUR = 3600;
const EVERY_MODE: ExtensionMode[] = ['non_cumulative', 'cumulative', 'unlimited'];

/** The built-in extensions, in the order the catalog lists them. */
export const BUILT_IN_EXTENSIONS: readonly CatalogEntry[] = [
  {
    slug: 'link',
    displayName: 'Share links',
    subtitle: 'Let visitors change your timer',
    summary: 'Publish a link; each visitor may add or remove time once a day.',
    icon: 'link',
    availableModes: ['unlimited'],
    defaultConfig: {
      timeToAdd: HOUR,
      timeToRemove: HOUR,
      enableRandom: true,
      nbVisits: 0,
      limitToLoggedUsers: false,
    },
    defaultRegularity: HOUR,
    isCountedInExtensionsLimit: false,
    isFeatured: false,
    hasActions: false,
  },
  {
    slug: 'pillory',
    displayName: 'Pillory',
    subtitle: 'Be shown in public when punished',
    summary: 'The keyholder puts the wearer on display; every vote cast adds time.',
    icon: 'user-friends',
    availableModes: ['unlimited'],
    defaultConfig: { timeToAdd: HOUR, limitToLoggedUsers: true },
    defaultRegularity: HOUR,
    isCountedInExtensionsLimit: false,
    isFeatured: false,
    hasActions: false,
  },
  {
    slug: 'dice',
    displayName: 'Dice',
    subtitle: 'Roll against the house',
    summary: 'Wearer and house each roll a die; the gap, times a multiplier, moves the timer.',
    icon: 'dice',
    availableModes: EVERY_MODE,
    defaultConfig: { multiplier: HOUR },
    defaultRegularity: HOUR,
    isCountedInExtensionsLimit: true,
    isFeatured: true,
    hasActions: true,
  },
  {
    slug: 'wheel-of-fortune',
    displayName: 'Wheel of Fortune',
    subtitle: 'Spin and see what happens',
    summary: 'Each segment of the wheel adds or removes time, freezes the lock or shows a dare.',
    icon: 'dharmachakra',
    availableModes: EVERY_MODE,
    defaultConfig: {
      segments: [
        { type: 'add-time', text: '', duration: HOUR },
        { type: 'remove-time', text: '', duration: HOUR },
      ],
    },
    defaultRegularity: HOUR,
    isCountedInExtensionsLimit: true,
    isFeatured: true,
    hasActions: true,
  },
  {
    slug: 'tasks',
    displayName: 'Tasks',
    subtitle: 'Earn your release',
    summary: 'The wearer draws tasks, or lets the community vote, and collects points.',
    icon: 'tasks',
    availableModes: EVERY_MODE,
    defaultConfig: {
      tasks: [{ task: '', points: 0 }],
      voteEnabled: false,
      voteDuration: 12 * HOUR,
      startVoteAfterLastVote: false,
      enablePoints: false,
      pointsRequired: 0,
      allowWearerToEditTasks: false,
      allowWearerToConfigureTasks: false,
      preventWearerFromAssigningTasks: false,
      allowWearerToChooseTasks: false,
      actionsOnAbandonedTask: [],
    },
    defaultRegularity: HOUR,
    isCountedInExtensionsLimit: true,
    isFeatured: true,
    hasActions: true,
  },
  {
    slug: 'penalty',
    displayName: 'Penalties',
    subtitle: 'Punish missed habits',
    summary: 'Habits must be kept each period; a missed one applies its punishments.',
    icon: 'gavel',
    availableModes: ['unlimited'],
    defaultConfig: { penalties: [] },
    defaultRegularity: HOUR,
    isCountedInExtensionsLimit: true,
    isFeatured: true,
    hasActions: false,
  },
  {
    slug: 'temporary-opening',
    displayName: 'Hygiene opening',
    subtitle: 'Open briefly, then lock again',
    summary: 'The combination is revealed for a short opening; relocking late adds a penalty.',
    icon: 'soap',
    availableModes: ['non_cumulative'],
    defaultConfig: { openingTime: 900, penaltyTime: 12 * HOUR, allowOnlyKeyholderToOpen: false },
    defaultRegularity: 48 * HOUR,
    isCountedInExtensionsLimit: false,
    isFeatured: true,
    hasActions: true,
  },
  {
    slug: 'verification-picture',
    displayName: 'Verification picture',
    subtitle: 'Prove you are still locked',
    summary: 'The wearer sends a photo of the device, with a code when asked.',
    icon: 'camera',
    availableModes: ['non_cumulative', 'unlimited'],
    defaultConfig: { visibility: 'all', peerVerification: { enabled: false, punishments: [] } },
    defaultRegularity: 24 * HOUR,
    isCountedInExtensionsLimit: true,
    isFeatured: true,
    hasActions: true,
  },
  {
    slug: 'random-events',
    displayName: 'Random Events',
    subtitle: 'Surprises along the way',
    summary: 'Unannounced events change the timer or freeze the lock.',
    icon: 'random',
    availableModes: ['unlimited'],
    defaultConfig: { difficulty: 'normal' },
    defaultRegularity: HOUR,
    isCountedInExtensionsLimit: true,
    isFeatured: true,
    hasActions: false,
  },
  {
    slug: 'guess-timer',
    displayName: 'Guess the Timer',
    subtitle: 'Unlock when you think it is over',
    summary: 'The timer is hidden; trying too early adds a random amount of time.',
    icon: 'clock',
    availableModes: ['unlimited'],
    defaultConfig: { minRandomTime: 3 * HOUR, maxRandomTime: 6 * HOUR },
    defaultRegularity: HOUR,
    isCountedInExtensionsLimit: true,
    isFeatured: true,
    hasActions: true,
  },
];

const BY_SLUG = new Map(BUILT_IN_EXTENSIONS.map((entry) => [entry.slug, entry]));

/** The catalog entry for a slug, if the fake knows it. */
export function catalogEntry(slug: string): CatalogEntry | undefined {
  return BY_SLUG.get(slug);
}

/** A catalog entry as `GET /extensions` sends it. */
export function renderCatalogEntry(entry: CatalogEntry): ExtensionForPublic {
  return {
    subtitle: entry.subtitle,
    summary: entry.summary,
    displayName: entry.displayName,
    icon: entry.icon,
    slug: entry.slug,
    availableModes: entry.availableModes,
    defaultConfig: entry.defaultConfig,
    defaultRegularity: entry.defaultRegularity,
    isEnabled: true,
    isPremium: false,
    isCountedInExtensionsLimit: entry.isCountedInExtensionsLimit,
    isPartner: false,
    isFeatured: entry.isFeatured,
    isTesting: false,
    hasActions: entry.hasActions,
    configIframeUrl: null,
    partnerExtensionId: null,
  };
}
