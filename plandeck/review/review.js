// Lights up the box of the fact under the pointer or the keyboard focus; j/k move between slides.
(function () {
  "use strict";
  function boxOf(fact) { return fact.dataset.box ? document.getElementById(fact.dataset.box) : null; }
  function show(fact, on) {
    var box = boxOf(fact);
    fact.classList.toggle("active", on);
    fact.setAttribute("aria-pressed", on ? "true" : "false");
    if (box) { box.classList.toggle("hl", on); }
  }
  document.querySelectorAll(".fact").forEach(function (fact) {
    fact.setAttribute("aria-pressed", "false");
    fact.addEventListener("mouseenter", function () { show(fact, true); });
    fact.addEventListener("mouseleave", function () { if (document.activeElement !== fact) { show(fact, false); } });
    fact.addEventListener("focus", function () { show(fact, true); });
    fact.addEventListener("blur", function () { show(fact, false); });
    fact.addEventListener("click", function () {
      fact.focus();
      show(fact, true);
      var frame = fact.closest(".pair").querySelector(".frame");
      if (frame && frame.getBoundingClientRect().bottom < 0) { frame.scrollIntoView({block: "nearest"}); }
    });
  });
  var slides = Array.prototype.slice.call(document.querySelectorAll(".slide"));
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || (event.key !== "j" && event.key !== "k")) { return; }
    var y = window.scrollY + 10;
    var at = slides.findIndex(function (s) { return s.offsetTop > y; });
    if (at < 0) { at = slides.length; }
    var next = event.key === "j" ? slides[at] : slides[Math.max(at - 2, 0)];
    if (next) { next.scrollIntoView(); var first = next.querySelector(".fact"); if (first) { first.focus({preventScroll: true}); } }
  });
})();
