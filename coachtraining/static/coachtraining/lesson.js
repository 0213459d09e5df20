// Keeps the server informed that a lesson is open and visible. The server,
// not this script, measures engaged time: it credits the wall-clock gap
// between pings (capped), so pausing in a hidden tab earns nothing extra.
(function () {
  "use strict";
  var form = document.getElementById("complete-form");
  if (!form) return;
  var url = form.dataset.heartbeatUrl;
  var status = document.getElementById("engaged-status");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var INTERVAL = 30000;

  function describe(seconds) {
    if (seconds <= 0) return "You can mark this lesson complete.";
    var minutes = Math.floor(seconds / 60), rest = seconds % 60;
    var wait = minutes ? minutes + " min" + (rest ? " " + rest + " s" : "") : rest + " s";
    return "You can mark this lesson complete after about " + wait + " more with it.";
  }

  function ping() {
    if (document.visibilityState !== "visible") return;
    fetch(url, { method: "POST", headers: { "X-CSRFToken": token }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data && status) status.textContent = describe(data.seconds_remaining); })
      .catch(function () { /* offline: the next ping catches up */ });
  }

  var timer = setInterval(ping, INTERVAL);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") ping();
  });
  window.addEventListener("pagehide", function () { clearInterval(timer); });
})();
