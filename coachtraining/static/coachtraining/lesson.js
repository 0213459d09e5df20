// Keeps the server informed that a lesson is open and visible. The server,
// not this script, measures engaged time: it credits the wall-clock gap
// between pings (capped), so a hidden tab earns nothing extra. The countdown
// shown here is only a display; each ping corrects it with the server's figure.
// Its sentences come translated from the page (the form's data-text-* attributes).
(function () {
  "use strict";
  var form = document.getElementById("complete-form");
  if (!form) return;
  var url = form.dataset.heartbeatUrl;
  var status = document.getElementById("engaged-status");
  var ready = document.getElementById("engaged-ready");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var remaining = parseInt(form.dataset.remaining, 10) || 0;
  var PING_EVERY = 30;
  var sincePing = 0;

  var text = form.dataset;

  function describe(seconds) {
    if (seconds <= 0) return text.textReady;
    var minutes = Math.floor(seconds / 60), rest = seconds % 60;
    var wait = [
      minutes ? text.textMinutes.replace("{m}", minutes) : "",
      rest ? text.textSeconds.replace("{s}", rest) : "",
    ].filter(Boolean).join(" ");
    return text.textWait.replace("{wait}", wait);
  }

  function show(seconds) {
    var wasWaiting = remaining > 0;
    remaining = Math.max(0, seconds);
    status.textContent = describe(remaining);
    // Announce once, when the wait is over, rather than every tick.
    if (wasWaiting && remaining === 0 && ready) ready.textContent = text.textNow;
  }

  function ping() {
    sincePing = 0;
    fetch(url, { method: "POST", headers: { "X-CSRFToken": token }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data) show(data.seconds_remaining); })
      .catch(function () { /* offline: the next ping catches up */ });
  }

  var timer = setInterval(function () {
    if (document.visibilityState !== "visible") return;
    sincePing += 1;
    if (remaining > 0) show(remaining - 1);
    if (sincePing >= PING_EVERY || (remaining === 0 && sincePing >= 2 && !form.dataset.synced)) {
      if (remaining === 0) form.dataset.synced = "1";
      ping();
    }
  }, 1000);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") ping();
  });
  window.addEventListener("pagehide", function () { clearInterval(timer); });
})();
