// Moves focus to what the server put first for this visit (ADR-036): the error summary after a
// failed submit, else the confirmation after post → redirect → get. A keyboard or screen-reader
// user then starts there. Without JavaScript nothing changes: both are at the top of the page and
// announced by their roles.
(function () {
    "use strict";
    var target = document.querySelector("[data-error-summary]") || document.querySelector("[data-status-message]");
    if (target) {
        target.focus();
    }
})();
