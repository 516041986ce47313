// The speaker's profile when middleware has already read (or written) it this turn, so that the
// bot does not read it again: first contact reads the profile once.
import type { TurnContext } from 'botbuilder';
import type { Profile } from '../../domain/profile/profile';
import type { Versioned } from '../../storage/documentStore';

const KEY = Symbol('profileRead');

export interface ProfileRead {
  /** undefined: read, and the person has no profile. */
  doc: Versioned<Profile> | undefined;
  /** The person had no profile when the turn began (the middleware may have written one since). */
  hadNoProfile: boolean;
}

/** The profile as read, or as written after the read (a later call keeps what the first saw). */
export function handProfile(context: TurnContext, doc: Versioned<Profile> | undefined): void {
  const hadNoProfile = handedProfile(context)?.hadNoProfile ?? doc === undefined;
  context.turnState.set(KEY, { doc, hadNoProfile } satisfies ProfileRead);
}

/** What middleware read this turn, or undefined when nothing did. */
export function handedProfile(context: TurnContext): ProfileRead | undefined {
  return context.turnState.get(KEY) as ProfileRead | undefined;
}
