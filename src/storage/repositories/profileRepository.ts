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

  /** Profiles that said they are sector head (kommunalsjef) for `sector`. */
  async sectorHeads(sector: string): Promise<Profile[]> {
    const found = await this.docs.query({ where: [{ field: 'role', op: '=', value: 'sector_head' }, { field: 'sector', op: '=', value: sector }] });
    return found.map((f) => f.value);
  }

  /** Applies `change` to the profile (created from `base` when absent). */
  async update(aadObjectId: string, base: Omit<Profile, 'updatedAt'>, change: (p: Profile) => Profile): Promise<Profile> {
    const result = await mutate(this.docs, aadObjectId, (current) => ({
      ...change(current ?? { ...base, updatedAt: '' }),
      updatedAt: this.now().toISOString(),
    }));
    return result.value!;
  }
}
