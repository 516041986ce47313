import type { Profile } from '../../domain/profile/profile';
import type { Collection, DocumentStore, Versioned } from '../documentStore';
import { mutate } from '../optimistic';

export class ProfileRepository {
  private readonly docs: Collection<Profile>;

  constructor(store: DocumentStore, private readonly now: () => Date = () => new Date()) {
    this.docs = store.collection<Profile>('profiles');
  }

  get(aadObjectId: string): Promise<Versioned<Profile> | undefined> {
    return this.docs.read(aadObjectId);
  }

  /** The profile whose e-mail (as Teams gave it, lower-case) is `email`. */
  async byEmail(email: string): Promise<Profile | undefined> {
    const found = await this.docs.query({ where: [{ field: 'email', op: '=', value: email.toLowerCase() }] });
    return found[0]?.value;
  }

  /** Applies `change` to the profile (created from `base` when absent). */
  async update(aadObjectId: string, base: Omit<Profile, 'updatedAt'>, change: (p: Profile) => Profile): Promise<Profile> {
    return (await this.updateFrom(aadObjectId, base, change)).value;
  }

  /**
   * As `update`; with `known` (the profile as the caller just read it, or undefined when it was
   * absent) the first attempt writes without reading again.
   */
  async updateFrom(aadObjectId: string, base: Omit<Profile, 'updatedAt'>, change: (p: Profile) => Profile, known?: { current: Versioned<Profile> | undefined }): Promise<Versioned<Profile>> {
    const result = await mutate(
      this.docs,
      aadObjectId,
      (current) => ({
        ...change(current ?? { ...base, updatedAt: '' }),
        updatedAt: this.now().toISOString(),
      }),
      { known },
    );
    return { value: result.value!, etag: result.etag! };
  }
}
