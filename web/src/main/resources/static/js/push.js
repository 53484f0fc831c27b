// Web push on the notifications page: once the customer allows notifications, the browser makes a push subscription
// with the platform's key (the form's data-key) and the form sends it to the web client, which hands it to the KYC
// service. Without a service worker or the Push API the section says so and offers nothing.
(function () {
  const form = document.getElementById('push-form');
  if (!form || !('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
    return;
  }
  const button = document.getElementById('push-enable');
  document.getElementById('push-unavailable').hidden = true;
  button.hidden = false;

  // the key as PushManager takes it: the bytes of its base64url text
  function bytes(base64url) {
    const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    const text = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    return Uint8Array.from(text, (c) => c.charCodeAt(0));
  }

  button.addEventListener('click', async () => {
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') {
      document.getElementById('push-denied').hidden = false;
      return;
    }
    try {
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: bytes(form.dataset.key),
      });
      const json = subscription.toJSON();
      form.elements.endpoint.value = json.endpoint;
      form.elements.p256dh.value = json.keys.p256dh;
      form.elements.auth.value = json.keys.auth;
      form.submit();
    } catch (e) {
      document.getElementById('push-unavailable').hidden = false;
      button.hidden = true;
    }
  });
})();
