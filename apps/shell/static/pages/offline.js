'use strict';
(function () {
  const params = new URLSearchParams(location.search);
  const hub = params.get('hub');
  const retry = Number(params.get('retry'));
  if (hub) document.getElementById('hub').textContent = hub;
  if (retry > 0) {
    let left = retry;
    const el = document.getElementById('retry');
    const tick = function () {
      el.textContent = left > 0 ? ' (thử lại sau ' + left + ' giây)' : ' (đang thử lại…)';
      left -= 1;
    };
    tick();
    setInterval(tick, 1000);
  }
})();
