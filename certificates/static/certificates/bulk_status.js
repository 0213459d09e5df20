// Progressive enhancement of a bulk download's status page: ask the file URL (HEAD, so nothing
// is downloaded or logged) until it stops answering 409 "still being prepared", then reload the
// page, which then shows the download link. Without JavaScript the page refreshes itself.
(function () {
  "use strict";
  var region = document.getElementById("bulk-progress");
  if (!region || !region.dataset.pollUrl || !window.fetch) return;
  var url = region.dataset.pollUrl;
  var delay = Math.max(2, parseInt(region.dataset.pollSeconds, 10) || 5) * 1000;

  function poll() {
    fetch(url, { method: "HEAD", credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        if (response.status === 409) {
          delay = Math.min(delay * 1.5, 30000);
          window.setTimeout(poll, delay);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { window.setTimeout(poll, 30000); });
  }
  window.setTimeout(poll, delay);
})();
