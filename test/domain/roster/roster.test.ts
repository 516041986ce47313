// The roster CSV as HR/IT produce it: BOM, comma or semicolon, quotes, per-row reasons,
// idempotent re-import, export that imports back unchanged.
import { applyRosterRow, parseRosterCsv, rosterToCsv, splitCsv, type RosterEntry } from '../../../src/domain/roster/roster';

const HEADER = 'name,email,aadObjectId,unit,sector,sectorHeadEmail';
const NOW = new Date('2026-11-30T10:00:00Z');

describe('parseRosterCsv', () => {
  it('reads comma-separated UTF-8 with a BOM and CRLF, normalising e-mails and ids', () => {
    const csv = `\uFEFF${HEADER}\r\nKari Nordmann,Kari.Nordmann@Kommune.no,0A1B2C3D-0000-4000-8000-000000000001,Bekkestua barnehage,Oppvekst barnehage,Sjef@kommune.no\r\nOla Ås,ola@kommune.no,,Hjemmetjenesten,Pleie og omsorg,\r\n`;
    const parsed = parseRosterCsv(csv);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.rows.map((r) => r.row)).toEqual([
      { name: 'Kari Nordmann', email: 'Kari.Nordmann@Kommune.no', aadObjectId: '0a1b2c3d-0000-4000-8000-000000000001', unit: 'Bekkestua barnehage', sector: 'Oppvekst barnehage', sectorHeadEmail: 'sjef@kommune.no' },
      { name: 'Ola Ås', email: 'ola@kommune.no', unit: 'Hjemmetjenesten', sector: 'Pleie og omsorg' },
    ]);
  });

  it('reads semicolons (Norwegian Excel) with quoted fields containing the delimiter, in any column order', () => {
    const csv = 'email;name;unit;sector;sectorHeadEmail;aadObjectId\nkari@k.no;"Nordmann; Kari";"Enhet ""A""";"Miljø, idrett og kultur";;\n';
    const parsed = parseRosterCsv(csv);
    expect(parsed.rows[0]!.row).toEqual({ name: 'Nordmann; Kari', email: 'kari@k.no', unit: 'Enhet "A"', sector: 'Miljø, idrett og kultur' });
  });

  it('rejects bad rows with line numbers and reasons, keeping the good ones', () => {
    const csv = [
      HEADER,
      'Kari,kari@k.no,,Enhet,Sektor,',
      ',not-an-email,123,,Sektor,boss',
      'Kari igjen,KARI@k.no,,Enhet,Sektor,',
      'Per,per@k.no,,Enhet,Sektor,',
    ].join('\n');
    const parsed = parseRosterCsv(csv);
    expect(parsed.rows.map((r) => r.row.email)).toEqual(['kari@k.no', 'per@k.no']);
    expect(parsed.rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, 'name is empty; email "not-an-email" is not an e-mail address; aadObjectId "123" is not an Entra object id (GUID); unit is empty; sectorHeadEmail "boss" is not an e-mail address'],
      [4, 'email KARI@k.no is also on line 2'],
    ]);
  });

  it('refuses a file without the required header', () => {
    expect(parseRosterCsv('navn;epost\nKari;kari@k.no\n').fatal).toMatch(/lacks the column\(s\) name, email/);
    expect(parseRosterCsv('').fatal).toBe('the file is empty');
  });
});

describe('import and export', () => {
  const row = { name: 'Kari', email: 'Kari@k.no', unit: 'Enhet', sector: 'Sektor' };

  it('adds, then leaves an identical row unchanged, and changes only the CSV fields', () => {
    const added = applyRosterRow(undefined, row, NOW);
    expect(added).toMatchObject({ action: 'added', entry: { id: 'kari@k.no', ...row } });
    const stored: RosterEntry = { ...added.entry!, snoozedUntil: '2026-12-07T10:00:00.000Z', matchedAadObjectId: 'aad' };
    expect(applyRosterRow(stored, row, NOW)).toEqual({ action: 'unchanged' });
    const changed = applyRosterRow(stored, { ...row, unit: 'Ny enhet' }, NOW);
    expect(changed.action).toBe('changed');
    expect(changed.entry).toMatchObject({ unit: 'Ny enhet', snoozedUntil: '2026-12-07T10:00:00.000Z', matchedAadObjectId: 'aad' });
  });

  it('exports CSV that imports back to the same rows (learnt Entra ids included)', () => {
    const entries: RosterEntry[] = [
      { ...applyRosterRow(undefined, { ...row, name: 'Kari, "K"', sectorHeadEmail: 'sjef@k.no' }, NOW).entry!, matchedAadObjectId: '0a1b2c3d-0000-4000-8000-000000000001' },
      applyRosterRow(undefined, { name: 'Per', email: 'per@k.no', unit: 'E; F', sector: 'S' }, NOW).entry!,
    ];
    const csv = rosterToCsv(entries);
    expect(csv.split('\r\n')[0]).toBe(HEADER);
    const back = parseRosterCsv(csv);
    expect(back.rejected).toEqual([]);
    expect(back.rows.map((r) => r.row)).toEqual([
      { name: 'Kari, "K"', email: 'Kari@k.no', aadObjectId: '0a1b2c3d-0000-4000-8000-000000000001', unit: 'Enhet', sector: 'Sektor', sectorHeadEmail: 'sjef@k.no' },
      { name: 'Per', email: 'per@k.no', unit: 'E; F', sector: 'S' },
    ]);
  });

  it('exports text that starts like a formula with an apostrophe in front (Excel shows it as text), and imports it back without', () => {
    const risky = { name: '=HYPERLINK("https://evil.example","Kari")', email: 'kari@k.no', unit: '+Enhet', sector: '-2+3', sectorHeadEmail: 'sjef@k.no' };
    const entries: RosterEntry[] = [applyRosterRow(undefined, risky, NOW).entry!, applyRosterRow(undefined, { ...row, name: '@SUM(1)', email: 'ola@k.no' }, NOW).entry!];
    const csv = rosterToCsv(entries);
    const [, kari, ola] = splitCsv(csv, ',').map((r) => r.fields);
    expect(kari).toEqual(['\'=HYPERLINK("https://evil.example","Kari")', 'kari@k.no', '', "'+Enhet", "'-2+3", 'sjef@k.no']);
    expect(ola![0]).toBe("'@SUM(1)");
    // No field of the file starts like a formula.
    for (const record of splitCsv(csv, ',')) for (const f of record.fields) expect(f).not.toMatch(/^[=+\-@\t\r]/);
    const back = parseRosterCsv(csv);
    expect(back.rejected).toEqual([]);
    expect(back.rows.map((r) => r.row)).toEqual([
      { ...risky, email: 'kari@k.no' },
      { ...row, name: '@SUM(1)', email: 'ola@k.no' },
    ]);
  });
});
