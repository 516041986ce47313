// The real process, as App Service runs it: a bad setting stops it with one clear line, and
// SIGTERM shuts it down cleanly with exit code 0.
import { startBotProcess } from '../support/botProcess';
import { tempDataDir } from '../support/botHarness';

describe('the bot process', () => {
  it('stops at start with one line naming a missing setting', async () => {
    const p = startBotProcess({ STORAGE: 'cosmos' });
    expect(await p.exited).toBe(1);
    const lines = p.output().err.trim().split('\n');
    expect(lines).toEqual(['Invalid configuration: COSMOS_ENDPOINT is required when STORAGE=cosmos']);
  });

  it('serves, then exits 0 on SIGTERM', async () => {
    const data = tempDataDir();
    const p = startBotProcess({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: data.dir, LOG_LEVEL: 'info' });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no listening line: ${JSON.stringify(p.output())}`)), 20000);
        p.child.stdout.on('data', () => {
          const match = /"port":(\d+)[^\n]*"msg":"listening"/.exec(p.output().out);
          if (match) {
            clearTimeout(timer);
            resolve(Number(match[1]));
          }
        });
      });
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.output().out).toContain('"msg":"stopped"');
    } finally {
      p.child.kill('SIGKILL');
      data.remove();
    }
  });
});
