// A person's profile as the programme knows it. Leaders confirm theirs on first use.
export type Language = 'nb' | 'en';

export interface Profile {
  /** Entra object id. */
  id: string;
  name: string;
  email?: string;
  language?: Language;
  updatedAt: string;
}
