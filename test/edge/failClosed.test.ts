// The real process fails closed: production settings without authentication stop it with one
// clear line; a local start without an app id warns that authentication is off.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startBotProcess } from '../support/botProcess';

const ROOT = path.join(__dirname, '../..');

describe('failing closed', () => {
  it('refuses to start in production without an app id (exit 1, one line)', async () => {
    const p = startBotProcess({ NODE_ENV: 'production', DATA_DIR: ':memory:' });
    expect(await p.exited).toBe(1);
    const lines = p.output().err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: MicrosoftAppId is required when NODE_ENV=production/);
  });

  it('warns that authentication is off and listens on 127.0.0.1 for a local start', async () => {
    // DATA_DIR=:memory: is SQLite's in-memory store: no folder of that name (left by older versions) appears.
    const literalFolder = path.join(ROOT, ':memory:');
    rmSync(literalFolder, { recursive: true, force: true });
    const p = startBotProcess({ PORT: '0', DATA_DIR: ':memory:', LOG_LEVEL: 'info', REMINDERS_ENABLED: 'false' });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no warning: ${JSON.stringify(p.output())}`)), 20000);
        p.child.stdout.on('data', () => {
          const match = /^.*authentication is OFF.*$/m.exec(p.output().out);
          if (match) {
            clearTimeout(timer);
            resolve(match[0]);
          }
        });
      });
      expect(JSON.parse(line)).toMatchObject({ level: 40, host: '127.0.0.1' });
      expect(p.output().out).toMatch(/the embedded store is in memory/);
      expect(existsSync(literalFolder)).toBe(false);
    } finally {
      p.child.kill('SIGTERM');
      await p.exited;
    }
  });
});
