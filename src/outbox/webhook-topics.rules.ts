/**
 * Which outbox topics a subscription receives. A pattern is an exact topic
 * ("application.submitted"), every topic under a prefix ("application.*", "notification.*") or
 * every topic ("*"). Patterns rather than a fixed list, so topics added later (by new features)
 * reach subscribers without a change here. The fan-out trigger in the migration
 * `webhook_subscriptions` applies the same rule in SQL; test/integration/webhooks.test.ts checks
 * both agree.
 */
/** Segments start with a lower-case letter and may go on in camelCase, as the outbox topics do ("application.correctionsRequested"). */
const TOPIC_PATTERN = /^(\*|[a-z][A-Za-z0-9_]*(\.[a-z][A-Za-z0-9_]*)*(\.\*)?)$/;

export const MAX_TOPIC_PATTERNS = 20;
export const MAX_TOPIC_PATTERN_LENGTH = 100;

export function isTopicPattern(pattern: string): boolean {
  return pattern.length <= MAX_TOPIC_PATTERN_LENGTH && TOPIC_PATTERN.test(pattern);
}

export function topicMatches(pattern: string, topic: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return topic.startsWith(pattern.slice(0, -1));
  return pattern === topic;
}

export function subscribedTo(patterns: readonly string[], topic: string): boolean {
  return patterns.some((pattern) => topicMatches(pattern, topic));
}
