import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Message text and personal data are never logged at info level; the
 * redact list is a safety net for secrets that might end up in an error object.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'innovasjonsbot' },
    redact: {
      paths: ['*.MicrosoftAppPassword', '*.appPassword', '*.password', '*.key', '*.authorization', '*.headers.authorization'],
      censor: '[redacted]',
    },
  });
}
