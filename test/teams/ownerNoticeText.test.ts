// What the owner is told about who changed their initiative: a co-owner by name, an admin who is
// no co-owner as of the innovation team (by name when known), never a bare « har endret».
import { editorName, ownerEditText } from '../../src/teams/initiatives/ownerNotice';

const initiative = { id: 'ini-1', title: 'Matoppskrifter', coOwnerIds: ['CO-OWNER'] };

describe('the owner notice names the editor so that the owner knows who it is', () => {
  it.each([
    [{ id: 'co-owner', name: 'Per Medeier', admin: false }, 'Per Medeier'],
    // An admin who is also a co-owner was chosen by the owner: by name.
    [{ id: 'co-owner', name: 'Per Medeier', admin: true }, 'Per Medeier'],
    [{ id: 'admin-1', name: 'Kari Admin', admin: true }, 'Kari Admin i innovasjonsteamet'],
    [{ id: 'admin-1', name: '  ', admin: true }, 'Innovasjonsteamet'],
    [{ id: 'co-owner', name: '', admin: false }, 'En medeier'],
  ])('%j → %s', (by, expected) => {
    expect(editorName('nb', initiative, by)).toBe(expected);
  });

  it('in English too', () => {
    expect(editorName('en', initiative, { id: 'admin-1', name: 'Kari Admin', admin: true })).toBe('Kari Admin from the innovation team');
    expect(editorName('en', initiative, { id: 'admin-1', name: '', admin: true })).toBe('The innovation team');
  });

  it('a notice never starts with a blank name', () => {
    expect(ownerEditText('nb', initiative, { id: 'admin-1', name: '', admin: true }, ['phase'])).toMatch(/^Innovasjonsteamet har endret tiltaket ditt «Matoppskrifter»/);
  });
});
