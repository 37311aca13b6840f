import { z } from 'zod';
import { analyzeMessage, analyzeThread } from './engine';
import type { UserPreferences } from './engine/types';
import type { EngineReply, EngineRequest } from './messaging';

// Only content scripts can message the worker, but what they send came from a web page's DOM:
// the shape is checked before the engine sees it.
const text = z.string().max(200_000);
const requestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('analyze-thread'),
    origin: z.object({
      site: z.enum(['gmail', 'outlook']),
      account: z.string().optional(),
      threadId: z.string(),
      subject: z.string(),
      url: z.string(),
    }),
    messages: z
      .array(z.object({ subject: z.string(), from: z.string(), date: z.string().optional(), text }))
      .max(500),
  }),
  z.object({
    type: z.literal('triage-rows'),
    rows: z.array(z.object({ id: z.string(), subject: z.string(), snippet: z.string() })).max(1000),
  }),
]);

export function parseEngineRequest(message: unknown): EngineRequest | undefined {
  const parsed = requestSchema.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}

/** Runs the engine for one request with the user's preferences; never throws. */
export function answerEngineRequest(request: EngineRequest, preferences: UserPreferences): EngineReply {
  try {
    if (request.type === 'analyze-thread') {
      return { ok: true, value: analyzeThread(request.messages, { preferences }) };
    }
    const value = request.rows.map((row) => ({
      id: row.id,
      // The subject is a line of its own, so it never runs into the snippet's first sentence.
      priority: analyzeMessage({ subject: row.subject, text: `${row.subject}\n\n${row.snippet}` }, { preferences })
        .priority,
    }));
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
