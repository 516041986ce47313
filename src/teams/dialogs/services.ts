// The notifier port moved to turn/deps.ts; this path stays while the proactive notifier imports it.
export type { Notifier } from '../turn/deps';
