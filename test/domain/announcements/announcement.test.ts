// Announcement checks, recipient resolution and the delivery report (pure).
import { deliveryKey, isHttpsUrl, validateAnnouncement } from '../../../src/domain/announcements/announcement';
import { deliveryReport } from '../../../src/domain/announcements/deliveryReport';
import { resolveRecipients } from '../../../src/domain/announcements/recipients';
import type { RosterEntry } from '../../../src/domain/roster/roster';

const SECTORS = ['Oppvekst skole', 'Helse og sosial'];
const leader = (n: number, sector: string, aad?: string): RosterEntry => ({
  id: `l${n}@k.no`, name: `Leder ${n}`, email: `l${n}@k.no`, unit: 'U', sector, ...(aad ? { aadObjectId: aad } : {}), importedAt: '', updatedAt: '',
});

describe('validateAnnouncement', () => {
  it('accepts title, text, an https link and an audience', () => {
    const r = validateAnnouncement({ title: ' Hei ', text: 'Tekst', linkUrl: 'https://kommune.no/a?b=1', audience: 'sector', sector: 'Helse og sosial' }, SECTORS);
    expect(r).toEqual({ ok: true, content: { title: 'Hei', text: 'Tekst', link: { url: 'https://kommune.no/a?b=1' } }, audience: { kind: 'sector', sector: 'Helse og sosial' } });
  });

  it('names every bad field', () => {
    const r = validateAnnouncement({ title: 'x'.repeat(101), text: '', linkUrl: 'javascript:alert(1)', audience: 'sector', sector: 'Ukjent' }, SECTORS);
    expect(r).toEqual({ ok: false, errors: { title: 'too_long', text: 'required', linkUrl: 'not_https', sector: 'unknown_sector' } });
    expect(validateAnnouncement({ title: 'a', text: 'b', audience: 'everyone' }, SECTORS)).toEqual({ ok: false, errors: { audience: 'unknown_audience' } });
  });

  it.each(['http://kommune.no', 'data:text/html,x', 'https://', 'https://user:pw@kommune.no', 'kommune.no', 'ftp://kommune.no'])('refuses the link %s', (url) => {
    expect(isHttpsUrl(url)).toBe(false);
  });
});

describe('recipients and report', () => {
  const roster = [leader(1, 'Oppvekst skole', 'AAD-1'), leader(2, 'Helse og sosial', 'aad-2'), leader(3, 'Helse og sosial')];
  const chats = [
    { aadObjectId: 'aad-1', installed: true, unreachable: false },
    { aadObjectId: 'aad-2', installed: true, unreachable: true },
    { aadObjectId: 'aad-9', installed: true, unreachable: false },
  ];

  it('all leaders: everyone on the roster, those without a working chat not reachable', () => {
    expect(resolveRecipients({ kind: 'all_leaders' }, { roster, chats }).map((r) => [r.key, r.reachable])).toEqual([
      ['l1@k.no', true],
      ['l2@k.no', false],
      ['l3@k.no', false],
    ]);
  });

  it('one sector, and everyone who has the app (named from roster or profile)', () => {
    expect(resolveRecipients({ kind: 'sector', sector: 'Helse og sosial' }, { roster, chats }).map((r) => r.key)).toEqual(['l2@k.no', 'l3@k.no']);
    const appUsers = resolveRecipients({ kind: 'app_users' }, { roster, chats, names: new Map([['aad-9', 'Ansatt Ni']]) });
    expect(appUsers.map((r) => [r.key, r.name])).toEqual([['aad:aad-9', 'Ansatt Ni'], ['l1@k.no', 'Leder 1']]);
  });

  it('the report counts sent, names the unreachable and failed, and knows when it is finished', () => {
    const recipients = resolveRecipients({ kind: 'all_leaders' }, { roster, chats: [...chats, { aadObjectId: 'aad-2', installed: true, unreachable: false }] });
    const partial = deliveryReport(recipients, new Map([['l1@k.no', { status: 'sent' as const }]]));
    expect(partial).toMatchObject({ total: 3, sent: 1, pending: 1, finished: false });
    const done = deliveryReport(recipients, new Map([['l1@k.no', { status: 'sent' as const }], ['l2@k.no', { status: 'failed' as const, error: '502' }]]));
    expect(done).toEqual({ total: 3, sent: 1, pending: 0, unreachable: [{ key: 'l3@k.no', name: 'Leder 3', reason: 'no_chat' }], failed: [{ key: 'l2@k.no', name: 'Leder 2', error: '502' }], finished: true });
  });

  it('delivery keys are the same on every run and differ per recipient', () => {
    expect(deliveryKey('a1', 'L1@k.no')).toBe(deliveryKey('a1', 'l1@k.no'));
    expect(deliveryKey('a1', 'l1@k.no')).not.toBe(deliveryKey('a1', 'l2@k.no'));
  });
});
