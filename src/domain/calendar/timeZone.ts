// The programme's one time zone. Working days, send windows, due dates and the dates shown to
// people are all Norwegian local time, so every part of the code takes the zone from here.
export const PROGRAMME_TIME_ZONE = 'Europe/Oslo';
