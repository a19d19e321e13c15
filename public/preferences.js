// Applies the reader's saved theme and text size before the first paint. A classic blocking script, on purpose:
// as a module it would run after the page is shown and the wrong theme would flash. Kept tiny.
(function () {
  var root = document.documentElement;
  // Lets CSS show the controls that need JavaScript from the first paint, so nothing moves when scripts start.
  root.classList.add('js');
  try {
    var theme = localStorage.getItem('theme');
    var size = localStorage.getItem('text-size');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    if (size) root.setAttribute('data-text-size', size);
  } catch (e) {
    // Storage can be blocked; the system theme and default size apply.
  }
})();
