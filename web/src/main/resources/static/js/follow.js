// A page waiting for the platform looks again every few seconds, unless the reader paused it (WCAG 2.2.1): the
// choice lasts for the browser tab, so a paused page stays paused across the pages it leads to.
(() => {
  const EVERY_MS = 4000;
  const KEY = 'peerlend.follow.paused';
  let timer = null;
  const paused = () => sessionStorage.getItem(KEY) === 'yes';
  const schedule = () => {
    clearTimeout(timer);
    timer = paused() ? null : setTimeout(() => window.location.reload(), EVERY_MS);
  };
  document.addEventListener('DOMContentLoaded', () => {
    const toggle = document.getElementById('follow-toggle');
    if (toggle) {
      const label = () => {
        toggle.textContent = paused() ? toggle.dataset.resume : toggle.dataset.pause;
        toggle.setAttribute('aria-pressed', paused() ? 'true' : 'false');
      };
      toggle.hidden = false;
      label();
      toggle.addEventListener('click', () => {
        sessionStorage.setItem(KEY, paused() ? 'no' : 'yes');
        label();
        schedule();
      });
    }
    schedule();
  });
})();
