// Runs while the page is parsed, before the embed module: where everything sits before any
// <http-status> renders, for the layout test to compare with where it sits after.
window.positions = () => [...document.querySelectorAll('main > :not(http-status), .mark')]
  .map((element) => {
    const box = element.getBoundingClientRect();
    return { what: element.id || element.tagName.toLowerCase() + (element.className ? '.' + element.className : ''), left: Math.round(box.left), top: Math.round(box.top + scrollY) };
  });
window.positionsBefore = window.positions();
// The card's reserved height, which its rendered height may differ from by a line or two.
window.cardReserved = document.querySelector('main > http-status:not([view])')?.getBoundingClientRect().height;
