// The speaker's profile when middleware has already read (or written) it this turn, so that the
// bot does not read it again: first contact reads the profile once.
import type { TurnContext } from 'botbuilder';
import type { Profile } from '../../domain/profile/profile';
import type { Versioned } from '../../storage/documentStore';

const KEY = Symbol('profileRead');

export interface ProfileRead {
  /** undefined: read, and the person has no profile. */
  doc: Versioned<Profile> | undefined;
}

export function handProfile(context: TurnContext, doc: Versioned<Profile> | undefined): void {
  context.turnState.set(KEY, { doc } satisfies ProfileRead);
}

/** What middleware read this turn, or undefined when nothing did. */
export function handedProfile(context: TurnContext): ProfileRead | undefined {
  return context.turnState.get(KEY) as ProfileRead | undefined;
}
