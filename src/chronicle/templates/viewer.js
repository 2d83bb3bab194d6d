// chronicle timeline viewer: entity filters, expand/collapse, print support. No external resources.
(function () {
  "use strict";
  var dataNode = document.getElementById("chronicle-data");
  var data = dataNode ? JSON.parse(dataNode.textContent || "{}") : {};
  var entities = data.entities || {};
  var entries = Array.prototype.slice.call(document.querySelectorAll("li.entry"));
  var chips = Array.prototype.slice.call(document.querySelectorAll("button.chip[data-entity]"));
  var clear = document.querySelector("button.chip.clear");
  var status = document.getElementById("filter-status");
  var selected = {};

  function selectedIds() {
    return Object.keys(selected).filter(function (k) { return selected[k]; });
  }

  function apply() {
    var ids = selectedIds();
    var keep = null;
    if (ids.length) {
      keep = {};
      ids.forEach(function (id) {
        (entities[id] ? entities[id].entries : []).forEach(function (e) { keep[e] = true; });
      });
    }
    var shown = 0;
    entries.forEach(function (li) {
      var visible = keep === null || keep[li.id] === true;
      li.hidden = !visible;
      if (visible) { shown += 1; }
    });
    chips.forEach(function (chip) {
      chip.setAttribute("aria-pressed", selected[chip.getAttribute("data-entity")] ? "true" : "false");
    });
    if (clear) { clear.disabled = ids.length === 0; }
    if (status) {
      if (!ids.length) {
        status.textContent = "Showing all " + entries.length + " dates.";
      } else {
        var names = ids.map(function (id) { return entities[id] ? entities[id].name : id; });
        status.textContent = "Showing " + shown + " of " + entries.length + " dates that mention " +
          names.join(" or ") + ".";
      }
    }
  }

  chips.forEach(function (chip) {
    chip.addEventListener("click", function () {
      var id = chip.getAttribute("data-entity");
      selected[id] = !selected[id];
      apply();
    });
  });
  if (clear) {
    clear.addEventListener("click", function () { selected = {}; apply(); });
  }
  var filters = document.getElementById("filters");
  if (filters && chips.length) { filters.hidden = false; }

  var allDetails = function () {
    return Array.prototype.slice.call(document.querySelectorAll("details.sources"));
  };
  var expand = document.getElementById("expand-all");
  var collapse = document.getElementById("collapse-all");
  var tools = document.getElementById("tools");
  if (tools && allDetails().length) { tools.hidden = false; }
  if (expand) {
    expand.addEventListener("click", function () { allDetails().forEach(function (d) { d.open = true; }); });
  }
  if (collapse) {
    collapse.addEventListener("click", function () { allDetails().forEach(function (d) { d.open = false; }); });
  }

  // Printing shows every source: open all citations before, restore after.
  var wasOpen = null;
  window.addEventListener("beforeprint", function () {
    wasOpen = allDetails().map(function (d) { return d.open; });
    allDetails().forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    if (wasOpen === null) { return; }
    var saved = wasOpen;
    allDetails().forEach(function (d, i) { d.open = saved[i] === true; });
    wasOpen = null;
  });

  apply();
})();
