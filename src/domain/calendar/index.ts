// Public API of the Norwegian working-calendar domain: red days, working days, send times.
export * from './timeZone';
export * from './localDate';
export * from './easter';
export * from './holidays';
export * from './workingTime';
