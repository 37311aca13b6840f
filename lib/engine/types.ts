import type { CategoryId, Priority } from './categories';

/** One email as the engine receives it: plain text, HTML, or both (text wins). */
export interface MessageInput {
  subject?: string;
  from?: string;
  text?: string;
  html?: string;
  date?: string;
}

/** One flag: `evidence === text.slice(start, end)` of the result's cleaned `text`. */
export interface Finding {
  category: CategoryId;
  priority: Priority;
  /** 0..1: how sure the rule is that the span means what the category says. */
  confidence: number;
  explanation: string;
  evidence: string;
  start: number;
  end: number;
}

export interface MessageResult {
  /** The cleaned text the engine read (quotes, forwards and signatures removed). */
  text: string;
  findings: Finding[];
  priority: Priority;
  /** Ranks messages within a priority level: several flags together score higher. */
  score: number;
  categories: CategoryId[];
}

export interface ThreadResult {
  priority: Priority;
  score: number;
  messages: MessageResult[];
  /** Patterns only visible across messages (chasing over several emails), anchored in one message. */
  threadFindings: Array<Finding & { messageIndex: number }>;
  categories: CategoryId[];
}

/** What the user has told the engine to ignore; the sidebar and options page write it. */
export interface UserPreferences {
  mutedCategories?: readonly CategoryId[];
  allowedPhrases?: readonly string[];
  /** Senders never flagged: an address, or "@domain" for everyone at that domain. */
  allowedSenders?: readonly string[];
  /** The user's own extra phrases per category, matched literally (case-insensitive). */
  extraPhrases?: Partial<Record<CategoryId, readonly string[]>>;
}
