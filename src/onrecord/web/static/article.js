// onrecord article page: hovering a statement lights up all its segments and its legend entry.
(function () {
  "use strict";
  function parts(id) {
    return document.querySelectorAll('mark[data-quotes~="' + id + '"], [data-speaker-of~="' + id + '"], li[data-quote="' + id + '"]');
  }
  function toggle(ids, on) {
    ids.forEach(function (id) {
      if (!/^[A-Za-z0-9_-]+$/.test(id)) { return; }
      Array.prototype.forEach.call(parts(id), function (n) { n.classList.toggle("active", on); });
    });
  }
  function idsOf(node) {
    var raw = node.getAttribute("data-quotes") || node.getAttribute("data-speaker-of") || node.getAttribute("data-quote") || "";
    return raw.split(" ").filter(Boolean);
  }
  document.addEventListener("DOMContentLoaded", function () {
    var nodes = document.querySelectorAll("mark[data-quotes], [data-speaker-of], li[data-quote]");
    Array.prototype.forEach.call(nodes, function (n) {
      n.addEventListener("mouseenter", function () { toggle(idsOf(n), true); });
      n.addEventListener("mouseleave", function () { toggle(idsOf(n), false); });
    });
  });
}());
