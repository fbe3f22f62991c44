/** Runs `load` once, when `el` comes within 200 px of the viewport (at once without IntersectionObserver). */
export function whenVisible(el: Element, load: () => void): void {
  if (!('IntersectionObserver' in window)) {
    load();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        load();
      }
    },
    { rootMargin: '200px' },
  );
  observer.observe(el);
}
