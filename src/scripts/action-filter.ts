import { format } from '../i18n/format';

/**
 * Filters the home page's tables by client action. The choice is kept in the
 * URL (?action=reauthorize) so a filtered view can be linked.
 */
export function initActionFilter(): void {
  const form = document.querySelector<HTMLFormElement>('[data-action-filter]');
  if (!form) return;
  const select = form.querySelector('select')!;
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
  // Written from the locale table, like every visible string.
  const statusTemplate = form.dataset.statusTemplate ?? '{count}';

  const apply = () => {
    const action = select.value;
    let shown = 0;
    for (const group of document.querySelectorAll<HTMLElement>('[data-code-group]')) {
      let groupShown = 0;
      for (const row of group.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
        const match = !action || row.dataset.action === action;
        row.hidden = !match;
        if (match) groupShown++;
      }
      group.hidden = groupShown === 0;
      // The range heading counts what is listed under it now: "5 / 37" when filtered.
      const count = group.querySelector<HTMLElement>('[data-group-count]');
      if (count) count.textContent = action ? `${groupShown} / ${count.dataset.total}` : (count.dataset.total ?? '');
      shown += groupShown;
    }
    status.textContent = action ? format(statusTemplate, { count: shown }) : '';
    const url = new URL(location.href);
    if (action) url.searchParams.set('action', action);
    else url.searchParams.delete('action');
    history.replaceState(null, '', url);
  };

  const requested = new URLSearchParams(location.search).get('action');
  if (requested && [...select.options].some((o) => o.value === requested)) select.value = requested;
  select.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  if (select.value) apply();
}
