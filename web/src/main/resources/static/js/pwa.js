// Registers the service worker (sw.js): the app can be installed, and the calculator works offline.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // without it the site works as before; nothing to tell the reader
    });
  });
}
