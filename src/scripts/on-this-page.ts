/**
 * Marks the section being read in the side "on this page" list. Only an
 * attribute changes (styled by colour and an always-present border), so the
 * list never shifts.
 */
export function initOnThisPage(): void {
  const nav = document.querySelector<HTMLElement>('[data-on-this-page]');
  if (!nav || !('IntersectionObserver' in window)) return;
  const links = new Map<string, HTMLAnchorElement>();
  for (const link of nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(link.hash.slice(1), link);
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((h) => h !== null);
  const visible = new Set<string>();

  const mark = () => {
    // The first heading on screen; above all of them, the last one passed.
    let current = headings.find((h) => visible.has(h.id))?.id;
    current ??= headings.filter((h) => h.getBoundingClientRect().top < 0).at(-1)?.id ?? headings[0]?.id;
    for (const [id, link] of links) {
      if (id === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) visible.add(entry.target.id);
      else visible.delete(entry.target.id);
    }
    mark();
  });
  for (const heading of headings) observer.observe(heading);
}
