export { analyzeMessage, MAX_ANALYSED_CHARS, type AnalyzeOptions } from './analyze';
export { analyzeThread } from './thread';
export { cleanMessage } from './clean';
export * from './categories';
export type * from './types';
