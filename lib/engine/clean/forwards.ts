// Lines after which everything is an earlier or forwarded message: "-----Original Message-----",
// "---------- Forwarded message ---------", "Begin forwarded message:", Outlook's underscore rule.

// Words inside a dashed separator that say an earlier message follows. A dashed line with other
// words ("--- Enter Feedback Below ---") is the writer's own.
const EARLIER_MESSAGE_WORDS =
  /original|forward|reply message|wrote|schrieb|a écrit|escribió|nachricht|besked|meddelelse|message d|transféré|mensaje|messaggio|bericht|meddelande|viesti|wiadomość|zpráva|сообщение|邮件|郵件|メッセージ/i;
const DASHED = /^\s*[-=]{2,}\s*(.{3,120}?)\s*[-=]{2,}\s*$/;

const FORWARD_INTRO = [
  // Apple Mail
  /^\s*begin forwarded message\s*:?\s*$/i,
  /^\s*anfang der weitergeleiteten nachricht\s*:?\s*$/i,
  /^\s*début du message réexpédié\s*:?\s*$/i,
  /^\s*inicio del mensaje reenviado\s*:?\s*$/i,
  /^\s*inizio messaggio inoltrato\s*:?\s*$/i,
  /^\s*doorgestuurd bericht\s*:?\s*$/i,
];

// Outlook's "________________________________" and mailing-list footers' rules. A short rule ("__")
// only closes a signature, which the signature step judges by what follows it.
const UNDERSCORE_RULE = /^\s*_{10,}\s*$/;

const MAX_SEPARATOR_LENGTH = 200;

/** Whether `line` opens an earlier or forwarded message, so it and all after it are not new text. */
export function isEarlierMessageSeparator(line: string): boolean {
  if (line.length > MAX_SEPARATOR_LENGTH) return false;
  if (UNDERSCORE_RULE.test(line)) return true;
  if (FORWARD_INTRO.some((pattern) => pattern.test(line))) return true;
  const dashed = DASHED.exec(line);
  return dashed !== null && EARLIER_MESSAGE_WORDS.test(dashed[1]!);
}
