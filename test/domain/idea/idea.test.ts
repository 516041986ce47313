import { ideaIdFor, isIdeaToken, parseIdeaForm, refreshUserIds, sortForLeader, titleFromText, withStatus, withSupport, type Idea } from '../../../src/domain/idea/idea';

const base: Idea = {
  id: 'idea-abcdefgh',
  title: 'T',
  need: 'N',
  proposal: 'P',
  beneficiaries: [],
  benefitTypes: [],
  anonymous: false,
  supporters: [],
  status: 'new',
  history: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('idea rules', () => {
  it('checks the form on the server', () => {
    expect(parseIdeaForm({ title: 'x'.repeat(81), need: '', proposal: 'p' }, { allowAnonymous: true })).toMatchObject({ ok: false, errors: { title: { code: 'tooLong', max: 80 }, need: { code: 'required' } } });
    expect(parseIdeaForm({ title: 't', need: 'n', proposal: 'p', benefitTypes: 'quality,bogus' }, { allowAnonymous: true })).toMatchObject({ ok: false, errors: { benefitTypes: { code: 'invalidChoice' } } });
    expect(parseIdeaForm({ title: 't', need: 'n', proposal: 'p', anonymous: 'true' }, { allowAnonymous: false })).toMatchObject({ ok: false, errors: { anonymous: { code: 'invalidChoice' } } });
    expect(parseIdeaForm({ title: ' t ', need: 'n', proposal: 'p', beneficiaries: 'users,users', anonymous: 'true' }, { allowAnonymous: true })).toEqual({
      ok: true,
      value: { title: 't', need: 'n', proposal: 'p', beneficiaries: ['users'], benefitTypes: [], seenElsewhere: undefined, anonymous: true },
    });
  });

  it('derives the id from a well-formed token only', () => {
    expect(ideaIdFor('abcdefgh-1234')).toBe('idea-abcdefgh-1234');
    expect(isIdeaToken('../x')).toBe(false);
    expect(() => ideaIdFor('short')).toThrow();
  });

  it('sets support idempotently', () => {
    const s = { aadObjectId: 'a', userId: '29:a' };
    const once = withSupport(base, s, true, 'now')!;
    expect(once.supporters).toHaveLength(1);
    expect(withSupport(once, s, true, 'now')).toBeUndefined();
    expect(withSupport(once, s, false, 'now')!.supporters).toHaveLength(0);
  });

  it('requires a reason for «lagt til side» and ignores a repeated change', () => {
    expect(withStatus(base, 'parked', ' ', 'l', 'now')).toEqual({ ok: false, error: 'reasonRequired' });
    expect(withStatus(base, 'new', undefined, 'l', 'now')).toEqual({ ok: false, error: 'invalidStatus' });
    const changed = withStatus(base, 'parked', 'Senere', 'l', 'now');
    expect(changed.ok && changed.idea.history).toEqual([{ status: 'parked', reason: 'Senere', at: 'now', by: 'l' }]);
    expect(changed.ok && withStatus(changed.idea, 'parked', 'Senere', 'l', 'now')).toEqual({ ok: false, error: 'unchanged' });
  });

  it('sorts the leader’s list by status, oldest first', () => {
    const a = { ...base, id: 'a', status: 'reviewing' as const, createdAt: '2026-01-01' };
    const b = { ...base, id: 'b', status: 'new' as const, createdAt: '2026-02-01' };
    const c = { ...base, id: 'c', status: 'new' as const, createdAt: '2026-01-15' };
    expect(sortForLeader([a, b, c]).map((i) => i.id)).toEqual(['c', 'b', 'a']);
  });

  it('limits the refresh list to 60 users, leaders first', () => {
    const supporters = Array.from({ length: 80 }, (_, i) => ({ aadObjectId: `a${i}`, userId: `29:${i}` }));
    const ids = refreshUserIds({ ...base, supporters }, ['29:leader']);
    expect(ids).toHaveLength(60);
    expect(ids[0]).toBe('29:leader');
  });

  it('makes a title from free text', () => {
    expect(titleFromText('\n Første linje\nandre')).toBe('Første linje');
    expect(titleFromText('x'.repeat(100))).toHaveLength(80);
  });
});
