// Sync with a CouchDB database the user controls: the only module that knows about the server.
// docs.ts maps records to documents and back (validating what comes in), merge.ts decides which
// version wins, plan.ts turns a pulled page into writes, couch.ts talks to the server (PouchDB),
// engine.ts runs the loop. Storage of sync's bookkeeping is in $lib/db (sync-store, sync-config).
export { checkSyncForm, disclosure, type SyncForm } from './config';
export { SyncEngine, type SyncPhase, type SyncStatus, type EngineDeps } from './engine';
export { statusLine, statusMark } from './status';
export { connect, CouchError, type Remote } from './couch';
export { toDoc, fromDoc, bodyOf, bodyHash, recordOfVersion, type SyncDoc, type DocBody } from './docs';
export { mergeVersions, laterVersion, type MergeOutcome, type Version } from './merge';
export { planPulled, labelOf, type Refusal } from './plan';
