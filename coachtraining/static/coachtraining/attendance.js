// Progressive enhancement on the attendance sheet: tick every "whole session" box at once.
(function () {
  "use strict";
  var button = document.getElementById("all-present");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    document.querySelectorAll('input[name^="full-"]').forEach(function (box) { box.checked = true; });
  });
})();
