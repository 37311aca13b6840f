import { CATEGORIES, type CategoryId, type Priority } from '../../lib/engine/categories';
import type { QueueFilter, SiteName } from '../../lib/threads/record';

interface Props {
  filter: QueueFilter;
  onChange: (filter: QueueFilter) => void;
}

export function QueueFilters({ filter, onChange }: Props) {
  return (
    <div className="filters" role="search">
      <input
        type="search"
        aria-label="Search subject and sender"
        placeholder="Search subject or sender"
        value={filter.search ?? ''}
        onChange={(e) => onChange({ ...filter, search: e.target.value })}
      />
      <select
        aria-label="Priority"
        value={filter.priorities?.[0] ?? ''}
        onChange={(e) => onChange({ ...filter, priorities: e.target.value ? [e.target.value as Priority] : [] })}
      >
        <option value="">All priorities</option>
        <option value="high">High</option>
        <option value="medium">Medium</option>
        <option value="low">Low</option>
      </select>
      <select
        aria-label="Category"
        value={filter.category ?? ''}
        onChange={(e) => onChange({ ...filter, category: (e.target.value || undefined) as CategoryId | undefined })}
      >
        <option value="">All categories</option>
        {CATEGORIES.filter((c) => c.priority !== 'none').map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Site"
        value={filter.site ?? ''}
        onChange={(e) => onChange({ ...filter, site: (e.target.value || undefined) as SiteName | undefined })}
      >
        <option value="">Gmail and Outlook</option>
        <option value="gmail">Gmail</option>
        <option value="outlook">Outlook</option>
      </select>
    </div>
  );
}
