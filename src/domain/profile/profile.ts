// A person's profile: only what they may choose themselves (name, language), and the e-mail
// Teams gave the bot. Roles, units and sectors come from the roster (access/roles.ts); fields
// an older profile may still hold (role, unit, sector) are ignored.

export type Language = 'nb' | 'en';

export interface Profile {
  /** Entra object id. */
  id: string;
  name: string;
  email?: string;
  language?: Language;
  /** Set when the person confirmed the profile (first use or `profil`). */
  confirmedAt?: string;
  /**
   * «Checked, not on the roster»: the roster version (RosterDirectory.version) the person was
   * looked up in and not found. Spares them the lookup on every restart until the roster changes.
   */
  notOnRosterVersion?: string;
  updatedAt: string;
}
