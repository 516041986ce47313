// A laggard finding as others read it (sector head, programme owner, the dry run): third
// person, short. Shared by the digest cards and the command-line dry run.
import type { Finding } from '../domain/reminders/rules';
import { codeLabel, formatDate } from './format';
import { t, type Locale } from './index';

export function findingAbout(locale: Locale, f: Finding): string {
  switch (f.rule) {
    case 'registration_due':
    case 'registration_overdue':
      return t(locale, `reminders.about.${f.rule}`, { deadline: formatDate(f.deadline) });
    case 'report_overdue':
      return t(locale, f.due === 'closingReport' ? 'reminders.about.closing_overdue' : 'reminders.about.report_overdue', { title: f.title, dueDate: formatDate(f.dueDate) });
    case 'stalled':
      return t(locale, 'reminders.about.stalled', { title: f.title, progress: codeLabel(locale, 'progress', f.progress), days: f.workingDays });
    case 'ideas_unanswered':
      return t(locale, 'reminders.about.ideas_unanswered', { count: f.count, oldest: formatDate(f.oldest) });
  }
}
