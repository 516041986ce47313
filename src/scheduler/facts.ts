// Moved to the storage layer (read by the reminder job and by the Teams `roster` command);
// kept so that imports of the old path still compile.
export * from '../storage/queries/reminderFacts';
