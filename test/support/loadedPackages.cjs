// Preloaded into the bot process by test/teams/startupModules.test.ts (`node --require`): on
// SIGUSR2 it prints which npm packages the process has loaded so far, as one line of JSON on stderr.
process.on('SIGUSR2', () => {
  const packages = new Set();
  for (const file of Object.keys(require.cache)) {
    const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
    if (m) packages.add(m[1].replace(/\\/g, '/'));
  }
  process.stderr.write(`LOADED_PACKAGES ${JSON.stringify([...packages].sort())}\n`);
});
