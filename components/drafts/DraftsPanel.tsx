import { useId, useMemo, useState } from 'react';
import { categoryName } from '../../lib/engine/categories';
import type { ExistingTextChoice, InsertDraftResult } from '../../lib/sites/editor';
import {
  renderTemplate,
  suggestTemplates,
  templateValues,
  variableLabel,
  type ProfileValues,
  type ReplyTemplate,
  type SuggestibleFinding,
  type ThreadContext,
} from '../../lib/templates';
import { BlanksForm } from './BlanksForm';
import { DraftPreview } from './DraftPreview';
import './drafts.css';

/** What inserting gave: the editor's answer, or no reply editor found on the page. */
export type DraftInsertResult = InsertDraftResult | { status: 'no-editor' };

export interface DraftsPanelProps {
  /** The findings of the message being answered. */
  findings: readonly SuggestibleFinding[];
  thread: Omit<ThreadContext, 'evidence'>;
  profile: ProfileValues;
  templates: readonly ReplyTemplate[];
  /** Opens the reply editor and inserts the text (see lib/sites/editor.ts insertDraft). */
  onInsert: (text: string, existingText: ExistingTextChoice) => Promise<DraftInsertResult>;
  onCopy?: (text: string) => Promise<void>;
  now?: Date;
  /** The popup keeps its own test hooks for the same controls. */
  testIds?: { suggestion: string; insert: string };
}

const SIDEBAR_TEST_IDS = { suggestion: 'tt-suggestion', insert: 'tt-insert-draft' };

type Step =
  | { kind: 'idle' }
  | { kind: 'confirm-blanks' }
  | { kind: 'confirm-existing'; existingText: string }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

const copyToClipboard = (text: string) => navigator.clipboard.writeText(text);

/** Suggested replies for a message's findings, the most pressing first, ready to insert or copy. */
export function DraftsPanel({
  findings,
  thread,
  profile,
  templates,
  onInsert,
  onCopy = copyToClipboard,
  now,
  testIds = SIDEBAR_TEST_IDS,
}: DraftsPanelProps) {
  const suggestions = useMemo(() => suggestTemplates(findings, templates), [findings, templates]);
  const [openId, setOpenId] = useState<string | undefined>(undefined);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [showAll, setShowAll] = useState(false);
  const idPrefix = useId();

  if (suggestions.length === 0) return null;
  const open = suggestions.find((s) => s.template.id === openId) ?? suggestions[0]!;
  // The replies for the most pressing finding come first; the others wait behind one click.
  const topCategory = suggestions[0]!.template.category;
  const shown = showAll ? suggestions : suggestions.filter((s) => s.template.category === topCategory || s === open);
  const hiddenCount = suggestions.length - shown.length;
  const hasOthers = suggestions.some((s) => s.template.category !== topCategory);
  const sources = { thread: { ...thread, evidence: open.finding.evidence }, profile, now: now ?? new Date() };
  // Fields are offered for what the page and profile could not fill, and stay while the user types.
  const blanks = renderTemplate(open.template.body, templateValues(sources)).missing;
  const draft = renderTemplate(open.template.body, templateValues({ ...sources, typed }));

  const choose = (id: string) => {
    setOpenId(id);
    setStep({ kind: 'idle' });
  };

  async function insert(existingText: ExistingTextChoice) {
    try {
      const result = await onInsert(draft.text, existingText);
      if (result.status === 'needs-confirmation') setStep({ kind: 'confirm-existing', existingText: result.existingText });
      else if (result.status === 'no-editor') setStep({ kind: 'failed', message: 'Could not open the reply box. Copy the draft instead.' });
      else setStep({ kind: 'done', message: 'Draft inserted in your reply. Review it before sending.' });
    } catch (error) {
      setStep({ kind: 'failed', message: `Could not insert the draft: ${(error as Error).message}` });
    }
  }

  async function copy() {
    try {
      await onCopy(draft.text);
      setStep({ kind: 'done', message: 'Draft copied.' });
    } catch {
      setStep({ kind: 'failed', message: 'Could not copy: select the draft text and copy it by hand.' });
    }
  }

  return (
    <section className="tt-drafts" data-testid="tt-drafts" aria-labelledby={`${idPrefix}-title`}>
      <h3 className="tt-drafts-title" id={`${idPrefix}-title`}>
        Suggested replies
      </h3>
      <ul className="tt-suggestions">
        {shown.map(({ template }) => {
          const isOpen = template.id === open.template.id;
          return (
            <li key={template.id} className={isOpen ? 'tt-suggestion tt-open' : 'tt-suggestion'}>
              <button
                type="button"
                className="tt-suggestion-pick"
                aria-expanded={isOpen}
                data-testid={testIds.suggestion}
                onClick={() => choose(template.id)}
              >
                <span className="tt-suggestion-title">{template.title}</span>
                <span className="tt-suggestion-category">{categoryName(template.category)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {hasOthers && (
        <button type="button" className="tt-more" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Fewer replies' : `More replies for other findings (${hiddenCount})`}
        </button>
      )}

      <DraftPreview segments={draft.segments} label={`Draft: ${open.template.title}`} />
      <BlanksForm missing={blanks} typed={typed} idPrefix={idPrefix} onType={(name, value) => setTyped({ ...typed, [name]: value })} />
      {draft.missing.length > 0 && (
        <p className="tt-drafts-warning" data-testid="tt-unfilled-warning" role="status">
          {draft.missing.length === 1 ? '1 blank is' : `${draft.missing.length} blanks are`} not filled:{' '}
          {draft.missing.map(variableLabel).join(', ')}.
        </p>
      )}

      <div className="tt-drafts-actions">
        <button
          type="button"
          className="tt-primary"
          data-testid={testIds.insert}
          onClick={() => (draft.missing.length > 0 ? setStep({ kind: 'confirm-blanks' }) : insert('ask'))}
        >
          Insert draft
        </button>
        <button type="button" data-testid="tt-copy-draft" onClick={copy}>
          Copy
        </button>
      </div>

      <DraftsStep step={step} insert={insert} cancel={() => setStep({ kind: 'idle' })} />
    </section>
  );
}

function DraftsStep({ step, insert, cancel }: { step: Step; insert: (choice: ExistingTextChoice) => void; cancel: () => void }) {
  switch (step.kind) {
    case 'idle':
      return null;
    case 'confirm-blanks':
      return (
        <div className="tt-drafts-confirm" role="alertdialog" aria-label="Insert with blanks?">
          <p>The draft still has blanks; they will be inserted as [labels] for you to replace.</p>
          <button type="button" data-testid="tt-insert-anyway" onClick={() => insert('ask')}>
            Insert with blanks
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      );
    case 'confirm-existing':
      return (
        <div className="tt-drafts-confirm" role="alertdialog" aria-label="Your reply already has text">
          <p>Your reply already has text: “{preview(step.existingText)}”</p>
          <button type="button" data-testid="tt-replace-text" onClick={() => insert('replace')}>
            Replace it
          </button>
          <button type="button" data-testid="tt-keep-text" onClick={() => insert('keep')}>
            Keep it and add the draft below
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      );
    case 'done':
    case 'failed':
      return (
        <p className={`tt-drafts-${step.kind}`} role="status" data-testid="tt-drafts-status">
          {step.message}
        </p>
      );
  }
}

function preview(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 80 ? `${oneLine.slice(0, 80)}…` : oneLine;
}
