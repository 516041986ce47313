// A person's profile as the programme knows it. Leaders confirm theirs on first use.
import type { Role } from '../initiative/codes';

export type Language = 'nb' | 'en';

export interface Profile {
  /** Entra object id. */
  id: string;
  name: string;
  email?: string;
  language?: Language;
  unit?: string;
  sector?: string;
  role?: Role;
  /** Set when the person confirmed the profile (first use or `profil`). */
  confirmedAt?: string;
  updatedAt: string;
}
