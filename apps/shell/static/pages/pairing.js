// The first-run pairing page. Talks to the main process only through window.motcua (preload).
'use strict';
(function () {
  const form = document.getElementById('pair-form');
  const hub = document.getElementById('hub');
  const code = document.getElementById('code');
  const submit = document.getElementById('submit');
  const status = document.getElementById('status');
  const bridge = window.motcua;

  function say(text, kind) {
    status.textContent = text;
    status.className = kind || '';
  }

  if (!bridge) {
    say('Trang này chỉ chạy trong ứng dụng Một cửa.', 'error');
    submit.disabled = true;
    return;
  }
  bridge.getConfig().then(function (info) {
    if (info && info.hubUrl && !hub.value) hub.value = info.hubUrl;
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    submit.disabled = true;
    say('Đang ghép nối…', 'busy');
    bridge
      .pair(hub.value.trim(), code.value.trim())
      .then(function (result) {
        if (result.ok) {
          say('Đã ghép nối. Đang mở trang…', 'ok');
        } else {
          say(result.error.message, 'error');
          submit.disabled = false;
        }
      })
      .catch(function () {
        say('Không ghép nối được. Hãy thử lại.', 'error');
        submit.disabled = false;
      });
  });
})();
