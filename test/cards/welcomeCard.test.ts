// The welcome/help card is expanded once per language and kind of reader and then sent as is on
// every `hjelp`: no caller may change the one every later turn sends.
import { welcomeCard } from '../../src/teams/help/welcome';

describe('the cached welcome card', () => {
  it('is the same card on every call, and cannot be changed by a caller', () => {
    const first = welcomeCard('nb').content as any;
    const text = JSON.stringify(first);
    expect(() => {
      first.body.push({ type: 'TextBlock', text: 'injected' });
    }).toThrow(TypeError);
    expect(() => {
      first.body[0].text = 'changed';
    }).toThrow(TypeError);
    expect(JSON.stringify(welcomeCard('nb').content)).toBe(text);
  });

  it('differs by language and by what the reader may see', () => {
    const nb = JSON.stringify(welcomeCard('nb').content);
    expect(JSON.stringify(welcomeCard('en').content)).not.toBe(nb);
    expect(JSON.stringify(welcomeCard('nb', { admin: true, leads: [], headOf: [] }).content)).not.toBe(nb);
  });
});
