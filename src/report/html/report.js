// The HTML report's behaviour: the filter (conflicts only, a search over claims and
// documents) and the evidence panel. It reads the page and copies nodes; it never builds
// markup from text, so nothing an article says can become markup.
(function () {
  "use strict";
  var table = document.getElementById("report");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var heads = Array.prototype.slice.call(table.querySelectorAll("thead th[data-d]"));
  var only = document.getElementById("conflicts-only");
  var search = document.getElementById("search");
  var status = document.getElementById("status");
  var nothing = document.getElementById("nothing");
  var panel = document.getElementById("panel");
  var body = document.getElementById("panel-body");
  var opener = null;

  function matches(element, query) {
    return element.getAttribute("data-q").indexOf(query) >= 0;
  }
  function conflicting(element) {
    return element.hasAttribute("data-conflicts");
  }

  // A claim is shown when it holds the search, a document when its path does; when the
  // search names only documents, every claim is shown in their columns, and the other way
  // round. "Conflicts only" keeps the claims and documents with a conflict.
  function apply() {
    var query = search.value.trim().toLowerCase();
    var rowHits = query ? rows.filter(function (r) { return matches(r, query); }) : rows;
    var colHits = query ? heads.filter(function (h) { return matches(h, query); }) : heads;
    var found = !query || rowHits.length > 0 || colHits.length > 0;
    if (query && rowHits.length === 0) rowHits = rows;
    if (query && colHits.length === 0) colHits = heads;
    var shownRows = 0;
    rows.forEach(function (row) {
      var show = found && rowHits.indexOf(row) >= 0 && (!only.checked || conflicting(row));
      row.hidden = !show;
      if (show) shownRows += 1;
    });
    var hiddenColumns = {};
    var shownColumns = 0;
    heads.forEach(function (head) {
      var show = found && colHits.indexOf(head) >= 0 && (!only.checked || conflicting(head));
      head.hidden = !show;
      if (show) shownColumns += 1;
      else hiddenColumns[head.getAttribute("data-d")] = true;
    });
    if (heads.length > 0) {
      rows.forEach(function (row) {
        Array.prototype.forEach.call(row.querySelectorAll("td[data-d]"), function (cell) {
          cell.hidden = hiddenColumns[cell.getAttribute("data-d")] === true;
        });
      });
    }
    nothing.hidden = shownRows > 0;
    status.textContent = "Showing " + shownRows + " of " + rows.length + " claims" +
      (heads.length > 0 ? " and " + shownColumns + " of " + heads.length + " documents" : "") + ".";
  }

  function open(button) {
    var evidence = button.parentNode.querySelector(".ev");
    if (!evidence) return;
    var copy = evidence.cloneNode(true);
    copy.hidden = false;
    body.replaceChildren(copy);
    panel.hidden = false;
    opener = button;
    panel.focus();
  }
  function close() {
    panel.hidden = true;
    body.replaceChildren();
    if (opener) opener.focus();
  }

  table.addEventListener("click", function (event) {
    var button = event.target.closest("button.cell");
    if (button) open(button);
  });
  document.getElementById("close").addEventListener("click", close);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden) close();
  });
  document.getElementById("filter").addEventListener("submit", function (event) {
    event.preventDefault();
  });
  only.addEventListener("change", apply);
  search.addEventListener("input", apply);
  apply();
})();
