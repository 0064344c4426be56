// Public surface of answer checking (pure; safe to import anywhere, including Node scripts).
export { compareResults, type ActualResult } from './compare';
export { dialectLens, type DialectHint } from './dialect-lens';
export { pythonReport, type PythonReport } from './python-report';
export { schemaReport, type SchemaCheckResult, type SchemaReport } from './schema-report';
export type { AlignedRow, CompareOptions, Comparison, Reason, ReasonCode, RowMark } from './types';
export { DEFAULT_TOLERANCE, formatRow, formatValue, valuesEqual } from './values';
