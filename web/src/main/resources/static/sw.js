// Peerlend's service worker: makes the web client installable, keeps an offline page with the loan calculator, and
// shows the notifications the platform pushes (web push: the payload is {title, body, url}, no more than a mail says).
// It caches nothing personal: only the public files below, fetched without the user's cookies; every other request
// goes to the network untouched, and a page that cannot be reached is answered by the offline page.
const CACHE = 'peerlend-shell-v1';
const OFFLINE = { en: '/offline?lang=en-GB', zh: '/offline?lang=zh-CN' };
const SHELL = [
  '/css/peerlend.css',
  '/js/offline-calculator.js',
  '/js/pwa.js',
  '/manifest.webmanifest',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(
        [...Object.values(OFFLINE), ...SHELL].map((path) => new Request(path, { credentials: 'omit' }))))
      .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  const path = new URL(request.url).pathname;
  if (request.mode === 'navigate') {
    // the network first, always: pages carry personal data and are never stored
    event.respondWith(fetch(request).catch(() => offlinePage()));
  } else if (SHELL.includes(path)) {
    event.respondWith(fetch(request).catch(() => caches.match(path)));
  }
});

// the offline page in the language the reader chose on the site (the web client's peerlend-lang cookie), else the
// browser's
async function offlinePage() {
  let lang = self.navigator.language || 'en';
  if (self.cookieStore) {
    const chosen = await self.cookieStore.get('peerlend-lang').catch(() => null);
    if (chosen && chosen.value) {
      lang = chosen.value;
    }
  }
  return caches.match(lang.toLowerCase().startsWith('zh') ? OFFLINE.zh : OFFLINE.en);
}

self.addEventListener('push', (event) => {
  const message = event.data ? event.data.json() : {};
  event.waitUntil(self.registration.showNotification(message.title || 'Peerlend', {
    body: message.body || '',
    icon: '/icons/icon-192.png',
    data: { url: message.url || '/app' },
  }));
});

// a tap on the notification opens the app where it points (only ever this site's own pages)
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data && event.notification.data.url || '/app', self.location.origin);
  const url = target.origin === self.location.origin ? target.href : self.location.origin + '/app';
  event.waitUntil(self.clients.openWindow(url));
});
